import React from 'react';
import type { LabSession } from '../app/lab-session.js';
import { LabScreen } from './screens/LabScreen.js';
import { useTerminalSize } from './use-terminal-size.js';
import { useLeave } from './use-leave.js';
import { runFullScreen } from './run.js';

function LabApp({ session, onExit }: { session: LabSession; onExit: (code: number) => void }) {
  const size = useTerminalSize();
  const leave = useLeave(onExit);
  return <LabScreen session={session} width={size.columns} height={size.rows - 1} onBack={() => leave(0)} />;
}

/** `mcp-operator lab ID` in a terminal: the lab screen, full screen, watching the workspace. */
export function runLabTui(session: LabSession): Promise<number> {
  return runFullScreen((onExit) => <LabApp session={session} onExit={onExit} />, () => session.close());
}

import { useEffect, useState } from 'react';
import { useStdout } from 'ink';
import { clampWidth } from '../io/markdown.js';

export interface TerminalSize {
  columns: number;
  rows: number;
}

export function readSize(stdout: NodeJS.WriteStream): TerminalSize {
  return { columns: clampWidth(stdout.columns), rows: Math.max(12, stdout.rows || 24) };
}

/** Terminal size, updated on resize. Columns are clamped (a pty may report 0). */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => readSize(stdout));
  useEffect(() => {
    const onResize = () => setSize(readSize(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}

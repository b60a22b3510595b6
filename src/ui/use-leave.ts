import { useApp, useInput } from 'ink';

/** Leaving a full-screen command: report the exit code and unmount; Ctrl-C leaves with 130. */
export function useLeave(onExit: (code: number) => void): (code: number) => void {
  const { exit } = useApp();
  const leave = (code: number) => {
    onExit(code);
    exit();
  };
  useInput((input, key) => {
    if (key.ctrl && input === 'c') leave(130);
  });
  return leave;
}

import type { ReviewRule } from '../types.js';
import { redactScript } from './shell-wrapper.js';

const DOWNLOAD = String.raw`(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod)(?:\.exe)?`;
const SHELL = String.raw`(?:sudo\s+(?:-\S+\s+)*)?(?:\S*[\\/])?(?:sh|bash|zsh|dash|ksh|fish|pwsh|powershell|iex|invoke-expression)(?:\.exe)?(?![\w.-])`;
/** A download fed straight into an interpreter, in the forms seen in install one-liners. */
const PATTERNS: RegExp[] = [
  // curl -fsSL https://x | sh, wget -qO- https://x | sudo bash, iwr https://x | iex
  new RegExp(String.raw`(?<![\w-])${DOWNLOAD}(?![\w-])[^;&\n]*?\|\s*${SHELL}`, 'i'),
  // bash <(curl -s https://x), source <(curl ...)
  new RegExp(String.raw`(?:^|[\s;&|])(?:\S*[\\/])?(?:sh|bash|zsh|dash|ksh|source|\.)\s+<\(\s*${DOWNLOAD}(?![\w-])`, 'i'),
  // sh -c "$(curl -fsSL https://x)", eval "$(curl ...)": the download is the script itself
  new RegExp(String.raw`(?:^|\s)(?:-[a-z]*c|eval)\s+["']?\$\(\s*${DOWNLOAD}(?![\w-])`, 'i'),
  // iex (iwr https://x), iex (New-Object Net.WebClient).DownloadString('https://x')
  new RegExp(String.raw`(?<![\w-])(?:iex|invoke-expression)\s*\(+\s*(?:${DOWNLOAD}(?![\w-])|new-object\s+(?:system\.)?net\.webclient)`, 'i'),
];
/** Every pattern above needs one of these words (a DOWNLOAD command or New-Object): lines without any skip the four. */
const MAY_DOWNLOAD = /curl|wget|iwr|irm|invoke-|new-object/i;

/** A download piped into a shell: whatever the URL serves runs on every start. */
export const pipeToShell: ReviewRule = {
  id: 'MCPR-SH-002',
  category: 'shell-execution',
  title: 'Downloaded script piped into a shell',
  why: 'curl ... | sh runs whatever the URL serves at that moment, with the user\'s rights, every time the client starts the server, and nothing records what ran. It is the unpinned install in its purest form: postmark-mcp showed that code trusted yesterday can turn malicious in its next release, and here there is not even a version to pin.',
  howToFix: 'Download the script once, read it, and install a pinned, reviewed release of the server; then start that program directly.',
  lesson: 'trust-before-install',
  check: (server) => {
    const words = [server.command ?? '', ...server.args];
    const line = words.join(' ');
    if (!MAY_DOWNLOAD.test(line)) return [];
    for (const pattern of PATTERNS) {
      const match = pattern.exec(line);
      if (!match) continue;
      // Which word holds the download: 0 is the command, k is args[k - 1].
      const at = match.index + (new RegExp(`${DOWNLOAD}|new-object`, 'i').exec(match[0])?.index ?? 0);
      let start = 0;
      let word = 0;
      while (word < words.length - 1 && start + (words[word] as string).length < at) {
        start += (words[word] as string).length + 1;
        word += 1;
      }
      const snippet = redactScript(match[0].trim().replace(/\/\/[^/\s@]*@/g, '//').replace(/\?[^\s|]*/g, '?…').replace(/\s+/g, ' '));
      return [
        {
          severity: 'critical',
          field: word === 0 ? 'command' : `args[${word - 1}]`,
          message: `${server.name} downloads a script and runs it in a shell on every start (${snippet.length > 60 ? `${snippet.slice(0, 60)}…` : snippet}): whatever that URL serves then runs with your rights.`,
          evidence: snippet.length > 80 ? `${snippet.slice(0, 79)}…` : snippet,
          remediation: `Remove the download-and-run from ${server.name}; install a reviewed, pinned release of the server once and start it directly.`,
        },
      ];
    }
    return [];
  },
};

import type { ReviewRule } from '../types.js';
import { envReference, secretHits } from '../secret-hits.js';

/** A credential written as a literal value in the entry's env block. */
export const secretInEnv: ReviewRule = {
  id: 'MCPR-SEC-001',
  category: 'secret-exposure',
  title: 'Credential written into the config file',
  why: 'A token in a client config sits in plain text in a file that is backed up, synced, shared in screenshots and, for project files such as .mcp.json or .vscode/mcp.json, committed to git. Claude Code expands ${VAR}, Cursor ${env:NAME} and VS Code prompts for ${input:id} values with password: true, so the file never needs the value itself.',
  howToFix: 'Rotate the token (it has been in a file), then reference it: a ${VAR} or ${env:VAR} placeholder, a VS Code password input, or an envFile kept out of version control.',
  lesson: 'secrets-out-of-configs',
  check: (server, config) =>
    secretHits(
      Object.entries(server.env).map(([key, value]) => ({ field: `env.${key}`, value, name: key })),
      (site) => {
        const key = site.field.slice('env.'.length);
        const ref = envReference(config.client, key);
        return {
          message: `${server.name} has a literal credential in env.${key}: anyone who can read this file, its backups or its git history has it.`,
          remediation: ref
            ? `Rotate the credential, then write "${key}": "${ref}" and set ${key} in the environment the client starts from.`
            : `Rotate the credential, then keep it out of the file: this client does not expand variables, so start the server through a wrapper that reads it from the OS keychain, or use a client that prompts for it.`,
          ...(ref ? { fix: (e) => ({ ...e, env: { ...e.env, [key]: ref } }) } : {}),
        };
      },
    ),
};

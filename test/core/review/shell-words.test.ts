/**
 * plainWords answers plain command lines without shell-quote. Property: whenever it answers, its words
 * are exactly shell-quote's (with and without a variable mapper), for lines built from quotes, blanks,
 * operators, expansions, globs and ordinary characters.
 */
import fc from 'fast-check';
import { parse as shellQuote } from 'shell-quote';
import { describe, expect, it } from 'vitest';
import { plainWords, shellSplit } from '../../../src/core/review/shell-words.js';

const piece = fc.constantFrom(' ', '  ', '\t', "'", '"', '\\', '$', '$HOME', '${X}', '`', '|', '&&', ';', '<', '>', '(', ')', '*', '?', '[', ']', '{', '}', '~', '!', '#', '\n', 'npx', '-y', '@scope/pkg@1.2.3', '--port=3000', 'a=b', '/opt/x/index.js', 'é', ',', '%', '^', ':', '+', '.', "'it is'", '"two words"', '""', "''", 'exec');
const line = fc.oneof(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), fc.string({ maxLength: 16 }));
const mapper = (name: string) => `\${${name}}`;

describe('plainWords', () => {
  it('gives shell-quote\'s words whenever it answers', () => {
    fc.assert(
      fc.property(line, (text) => {
        const words = plainWords(text);
        if (words === undefined) return;
        expect(words).toEqual(shellQuote(text));
        expect(words).toEqual(shellQuote(text, mapper));
      }),
      { numRuns: 20_000 },
    );
  });

  it('answers the plain lines of real configs and leaves the rest to shell-quote', () => {
    expect(plainWords('bash -c "exec node /opt/mcp/4/index.js --port 3004"')).toEqual(['bash', '-c', 'exec node /opt/mcp/4/index.js --port 3004']);
    expect(plainWords("npx -y 'my pkg'@1")).toEqual(['npx', '-y', 'my pkg@1']);
    expect(plainWords('')).toEqual([]);
    for (const text of ['cd /srv && npx x', 'node $HOME/x.js', 'echo `id`', 'a "b\\"c"', 'ls *.js', 'a # b', 'unterminated "quote']) expect(plainWords(text)).toBeUndefined();
    expect(shellSplit('cd /srv && npx x')).toEqual(shellQuote('cd /srv && npx x'));
    expect(shellSplit('node ${DIR}/x.js', mapper)).toEqual(shellQuote('node ${DIR}/x.js', mapper));
  });
});

/**
 * Inline Markdown in short texts that are shown as plain lines, not rendered as documents: check
 * questions and options, quiz items, scenario decisions, explanations. `code`, **bold**, *emphasis*,
 * [links](url), <https://autolinks> and backslash escapes become styled text without their markers.
 * The caller supplies the styles (colour lives outside core); without them the text is left plain.
 */
export interface InlineStyle {
  code: (text: string) => string;
  strong: (text: string) => string;
  em: (text: string) => string;
}

export const PLAIN_INLINE: InlineStyle = { code: (s) => s, strong: (s) => s, em: (s) => s };

// Private-use characters stand in for code spans and escaped characters while the rest is parsed.
const CODE_OPEN = '\uE000';
const CODE_CLOSE = '\uE001';
const ESC_OPEN = '\uE002';
const ESC_CLOSE = '\uE003';

// An escaped backtick (\`) opens no span.
const CODE_SPAN = /(?<![\\`])(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;
const ESCAPE = /\\([\\`*_[\]()#+\-.!<>{}|])/g;
const LINK = /\[([^\]\n]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
const STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
const EM_STAR = /(^|[^*\w])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![*\w])/g;
const EM_UNDERSCORE = /(^|[^_\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?![_\w])/g;

/** `text` with its inline Markdown rendered by `style`. Text without Markdown comes back unchanged. */
export function renderInline(text: string, style: InlineStyle = PLAIN_INLINE): string {
  if (!/[`*_[<\\]/.test(text)) return text;
  const codes: string[] = [];
  const escaped: string[] = [];
  let out = text.replace(CODE_SPAN, (_m, _ticks: string, body: string) => {
    // One space on both sides is padding (so a span can start or end with a backtick).
    const inner = /^ [\s\S]* $/.test(body) && body.trim() ? body.slice(1, -1) : body;
    codes.push(inner);
    return `${CODE_OPEN}${codes.length - 1}${CODE_CLOSE}`;
  });
  out = out.replace(ESCAPE, (_m, ch: string) => {
    escaped.push(ch);
    return `${ESC_OPEN}${escaped.length - 1}${ESC_CLOSE}`;
  });
  out = out.replace(LINK, (_m, label: string, url: string) => (label === url || `<${url}>` === label ? url : `${label} (${url})`));
  out = out.replace(AUTOLINK, (_m, url: string) => url);
  out = out.replace(STRONG, (_m, _marker: string, body: string) => style.strong(body));
  out = out.replace(EM_STAR, (_m, before: string, body: string) => `${before}${style.em(body)}`);
  out = out.replace(EM_UNDERSCORE, (_m, before: string, body: string) => `${before}${style.em(body)}`);
  out = out.replace(new RegExp(`${ESC_OPEN}(\\d+)${ESC_CLOSE}`, 'g'), (_m, i: string) => escaped[Number(i)] ?? '');
  return out.replace(new RegExp(`${CODE_OPEN}(\\d+)${CODE_CLOSE}`, 'g'), (_m, i: string) => style.code(codes[Number(i)] ?? ''));
}

/** Markers of inline Markdown left in text that was meant to be rendered: a code span, **bold**, a [link](url). */
export function rawInlineMarkers(text: string): string[] {
  const found: string[] = [];
  if (/`[^`\n]+`/.test(text)) found.push('`code`');
  if (/\*\*\S(?:[^*\n]*\S)?\*\*/.test(text)) found.push('**bold**');
  if (/\[[^\]\n]+\]\([^)\s]+\)/.test(text)) found.push('[link](url)');
  return found;
}

import type { ZodError } from 'zod';
import type { ContentIssue } from './types.js';

/** Render a zod path such as ['checks', 2, 'options'] as `checks[2].options`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function zodIssues(file: string, error: ZodError): ContentIssue[] {
  return error.issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = 'is required';
    if (issue.code === 'unrecognized_keys') message = `unknown field(s): ${issue.keys.join(', ')}`;
    return { file, field: fieldPath(issue.path), message };
  });
}

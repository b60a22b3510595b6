import { describe, expect, it } from 'vitest';
import { gradeLessonExamples } from '../../../src/core/content/lesson-examples.js';
import type { Lesson } from '../../../src/core/content/types.js';
import { realKnowledge } from '../../helpers/knowledge.js';

const lesson = (body: string) => ({ id: 'l', file: 'lessons/x/01-l.md', body }) as unknown as Lesson;

describe('lesson examples pass the review (DESIGN section 14)', () => {
  it('flags a config example that the review rates medium or above, naming file, line and rule', () => {
    const body = 'Intro\n\n```json\n{"mcpServers": {"x": {"command": "npx", "args": ["-y", "some-mcp@latest"]}}}\n```\n';
    const issues = gradeLessonExamples([lesson(body)], realKnowledge());
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toContain('line 3');
    expect(issues[0]?.message).toContain('MCPR-PIN-001');
  });

  it('passes good examples and skips fragments and non-config blocks', () => {
    const good = '```json\n{"mcpServers": {"x": {"command": "npx", "args": ["-y", "some-mcp@1.2.3"]}}}\n```\n```json\n"args": ["-y"]\n```\n```yaml\nserver: x\n```\n';
    expect(gradeLessonExamples([lesson(good)], realKnowledge())).toEqual([]);
  });
});

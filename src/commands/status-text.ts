import type { LessonStatus } from '../core/progress/model.js';

export const STATUS_MARK: Record<LessonStatus, string> = {
  'not-started': '[ ]',
  'in-progress': '[~]',
  done: '[x]',
};

export const STATUS_LABEL: Record<LessonStatus, string> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  done: 'done',
};

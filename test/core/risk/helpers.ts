import { completeAnswers, type Answers, type PartialAnswers } from '../../../src/core/risk/answers.js';

/** A low-risk baseline deployment; tests change one or two answers from it. */
export const SAFE: Answers = {
  source: 'official',
  transport: 'stdio',
  untrustedContent: 'none',
  changeControl: 'digest',
  capabilities: ['read-only'],
  dataSensitivity: 'public',
  environment: 'sandbox',
  humanApproval: 'always',
  isolation: 'vm',
};

export function answers(changes: PartialAnswers = {}): Answers {
  return completeAnswers({ ...SAFE, ...changes }).answers;
}

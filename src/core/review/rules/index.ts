import type { ReviewRule } from '../types.js';
import { unpinnedPackage } from './unpinned-package.js';
import { autoApproval } from './auto-approval.js';

/** The review rules, one file each (issue 6 grows this to the full set). */
export const REVIEW_RULES: readonly ReviewRule[] = [unpinnedPackage, autoApproval];

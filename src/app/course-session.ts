import type { Catalogue, Lesson } from '../core/content/types.js';
import type { Progress } from '../core/progress/model.js';
import { completeLesson, openLesson, recordCheck, recordExercise, recordScenarioChoice, resetLesson, savePosition, startScenarioRun } from '../core/progress/update.js';
import { finishQuiz, recordQuizAnswer, setQuizEnvironment, startQuiz } from '../core/progress/quiz-update.js';
import type { QuizItem } from '../core/content/types.js';
import type { QuizAttempt } from '../core/quiz/score.js';
import { judgeChoice, type Judgement } from '../core/scenario/play.js';
import type { Scenario } from '../core/content/types.js';
import { gradeCheck, gradeOrder, gradeSelect, type CheckResult, type OrderResult, type SelectResult } from '../core/course/grading.js';
import { isLessonComplete } from '../core/course/navigation.js';
import type { ProgressStore } from '../io/progress-store.js';

/**
 * The one place where a learner's actions become stored progress. The TUI and line mode both
 * drive it, so they grade and record identically. Every write goes through the store's
 * lock-reread-write cycle; `progress` is the freshest copy seen.
 */
export class CourseSession {
  progress: Progress;

  constructor(
    readonly catalogue: Catalogue,
    readonly store: ProgressStore,
  ) {
    this.progress = store.read();
  }

  private pending = new Set<Promise<unknown>>();

  private async apply(change: (p: Progress, now: string) => Progress): Promise<Progress> {
    const now = this.store.timestamp();
    const write = this.store.update((p) => change(p, now));
    this.pending.add(write);
    try {
      this.progress = await write;
    } finally {
      this.pending.delete(write);
    }
    return this.progress;
  }

  /** Wait for every write started so far (before the process exits). Errors were reported by their callers. */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  open(lesson: Lesson): Promise<Progress> {
    return this.apply((p, now) => openLesson(p, lesson.id, now));
  }

  savePosition(lesson: Lesson, position: number): Promise<Progress> {
    return this.apply((p, now) => savePosition(p, lesson.id, position, now));
  }

  async answerCheck(lesson: Lesson, checkIndex: number, chosen: number): Promise<CheckResult> {
    const check = lesson.checks[checkIndex];
    if (!check) throw new RangeError(`lesson ${lesson.id} has no check ${checkIndex}`);
    const result = gradeCheck(check, chosen);
    await this.apply((p, now) => recordCheck(p, lesson.id, check.id, chosen, result.correct, now));
    return result;
  }

  async submitSelect(lesson: Lesson, selected: readonly string[]): Promise<SelectResult> {
    if (lesson.exercise?.kind !== 'select') throw new Error(`lesson ${lesson.id} has no select exercise`);
    const result = gradeSelect(lesson.exercise, selected);
    await this.apply((p, now) => recordExercise(p, lesson.id, result.passed, now));
    return result;
  }

  async submitOrder(lesson: Lesson, order: readonly string[]): Promise<OrderResult> {
    if (lesson.exercise?.kind !== 'order') throw new Error(`lesson ${lesson.id} has no order exercise`);
    const result = gradeOrder(lesson.exercise, order);
    await this.apply((p, now) => recordExercise(p, lesson.id, result.passed, now));
    return result;
  }

  /** Mark the lesson done if everything in it is complete; returns whether it is done. */
  async finish(lesson: Lesson): Promise<boolean> {
    const next = await this.apply((p, now) => (isLessonComplete(lesson, p.lessons[lesson.id]) ? completeLesson(p, lesson.id, now) : p));
    return next.lessons[lesson.id]?.status === 'done';
  }

  /** Start a scenario run; returns its id (the start time) for the choices that follow. */
  async startScenario(scenario: Scenario): Promise<string> {
    const now = this.store.timestamp();
    await this.apply((p) => startScenarioRun(p, scenario.id, scenario.decisions.length, now));
    return now;
  }

  /** Record the learner's option at one decision point and say how it compares with the expert's. */
  async chooseInScenario(scenario: Scenario, runId: string, decisionIndex: number, optionId: string): Promise<Judgement> {
    const decision = scenario.decisions[decisionIndex];
    if (!decision) throw new RangeError(`scenario ${scenario.id} has no decision ${decisionIndex}`);
    const judgement = judgeChoice(decision, optionId);
    const last = decisionIndex === scenario.decisions.length - 1;
    await this.apply((p, now) => recordScenarioChoice(p, scenario.id, runId, decision.id, optionId, judgement.expert, now, last));
    return judgement;
  }

  /** Start a quiz attempt; returns its id (the start time). */
  async startQuiz(mode: QuizAttempt['mode'], planned: number): Promise<string> {
    const now = this.store.timestamp();
    await this.apply((p) => startQuiz(p, mode, planned, now));
    return now;
  }

  /** Record an answer (kept at once, so quitting keeps the attempt so far) and reschedule its review. */
  async answerQuiz(attemptId: string, item: QuizItem, chosen: number, sure: boolean): Promise<boolean> {
    const correct = item.options[chosen]?.correct === true;
    await this.apply((p, now) => recordQuizAnswer(p, attemptId, { id: item.id, area: item.area, level: item.level, chosen, correct, sure }, now));
    return correct;
  }

  finishQuiz(attemptId: string): Promise<Progress> {
    return this.apply((p, now) => finishQuiz(p, attemptId, now));
  }

  setEnvironment(environment: string): Promise<Progress> {
    return this.apply((p) => setQuizEnvironment(p, environment));
  }

  reset(lessonId: string): Promise<Progress> {
    return this.apply((p) => resetLesson(p, lessonId));
  }
}

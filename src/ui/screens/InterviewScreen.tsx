import React, { useRef, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import chalk from 'chalk';
import { DONT_KNOW } from '../../core/risk/factors.js';
import { answer, nextQuestion, previousQuestion, questionAfter, questionNumber, visibleQuestions } from '../../core/interview/flow.js';
import { QUESTIONS, type InterviewAnswers, type Question } from '../../core/interview/questions.js';
import { wrapLines } from '../../core/text/wrap.js';
import { plural } from '../../core/text/plural.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { ChoiceList } from '../components/ChoiceList.js';
import { TextField } from '../components/TextField.js';
import { clipLines } from '../components/PickList.js';
import { suggestionLine, suggestionsFor } from '../../app/suggestions.js';
import type { Suggestion } from '../../core/servers/suggest.js';

export interface InterviewScreenProps {
  start: InterviewAnswers;
  questions?: readonly Question[];
  width: number;
  height: number;
  /** Called after every accepted answer, so an interruption loses nothing. */
  onSave: (answers: InterviewAnswers) => void;
  onDone: (answers: InterviewAnswers) => void;
  /**
   * Esc on the first question leaves the interview (after asking, when there are answers). Without
   * it, Esc on the first question does nothing.
   */
  onLeave?: () => void;
  /** Said when asking before leaving, e.g. where the answers are kept. */
  leaveNote?: string;
  /** Suggested answers for the questions ahead (from the server knowledge base); defaults to the app's. */
  suggest?: (answers: InterviewAnswers) => Record<string, Suggestion>;
}

/**
 * The planning interview, one question at a time, with "why we ask", don't know and back. Esc goes
 * to the previous question with its answer selected; answering it walks forward through the later
 * answered questions (their answers kept) to the first one still open.
 */
export function InterviewScreen({ start, questions = QUESTIONS, width, height, onSave, onDone, onLeave, leaveNote = 'Your answers so far are kept.', suggest = suggestionsFor }: InterviewScreenProps) {
  const [answers, setAnswers] = useState<InterviewAnswers>(start);
  // The question being revisited after Esc; undefined: the first question not answered yet.
  const [revisit, setRevisit] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [leaving, setLeaving] = useState(false);
  // What was typed into text questions and not yet submitted, kept when going back and forth.
  const typed = useRef<Record<string, string>>({});
  const visible = visibleQuestions(answers, questions);
  const question = visible.find((q) => q.id === revisit) ?? nextQuestion(answers, questions);
  const total = visible.length;

  const submit = (value: string | string[]) => {
    if (!question) return;
    const result = answer(answers, question, value, questions);
    if (!result.ok) return setError(result.message);
    setError(undefined);
    delete typed.current[question.id];
    setAnswers(result.answers);
    onSave(result.answers);
    if (!nextQuestion(result.answers, questions)) return onDone(result.answers);
    const after = revisit !== undefined ? questionAfter(question.id, result.answers, questions) : undefined;
    setRevisit(after && result.answers[after.id] !== undefined ? after.id : undefined);
  };

  useInput((input, key) => {
    if (leaving) {
      if (input === 'y' || input === 'Y') onLeave?.();
      else if (input === 'n' || input === 'N' || key.escape || key.return) setLeaving(false);
      return;
    }
    if (!key.escape || !question) return;
    const previous = previousQuestion(question.id, answers, questions);
    if (previous) {
      setError(undefined);
      setRevisit(previous.id);
    } else if (onLeave) {
      if (Object.keys(answers).length) setLeaving(true);
      else onLeave();
    }
  });

  if (!question) return <Text>Interview complete.</Text>;
  const number = questionNumber(question.id, answers, questions);
  const status = `Question ${number} of ${total}`;
  const title = 'Deployment planning interview';
  const body = bodyHeight(height, width);
  if (leaving) {
    const count = Object.keys(answers).length;
    return (
      <Frame title={title} status={status} keys="y leave · n stay" width={width} height={height}>
        {wrapLines(`Leave the interview? ${plural(count, 'answer')} given. ${leaveNote}`, width).map((line, i) => (
          <Text key={i} color="yellow">
            {line}
          </Text>
        ))}
      </Frame>
    );
  }

  const suggestion = answers[question.id] === undefined ? suggest(answers)[question.id] : undefined;
  const previous = answers[question.id] ?? suggestion?.value;
  const prompt = wrapLines(question.prompt, width).map((line) => chalk.bold(line));
  const suggested = suggestion ? wrapLines(suggestionLine(suggestion), width).map((line) => chalk.cyan(line)) : [];
  const problem = error ? wrapLines(`Not accepted: ${error}`, width).map((line) => chalk.red(line)) : [];
  const why = wrapLines(`Why we ask: ${question.why}`, width).map((line) => chalk.dim(line));
  const back = number > 1 ? 'Esc back' : onLeave ? 'Esc leave' : '';
  const lead = [...prompt, ...suggested, ...problem, ''];
  let widget: React.ReactNode;
  let keys: string;
  if (question.kind === 'choice') {
    const choices = [...(question.choices ?? []).map((c) => ({ label: c.value === suggestion?.value ? `${c.label} (suggested)` : c.label, value: c.value })), { label: "Don't know", value: DONT_KNOW }];
    widget = (
      <ChoiceList
        key={question.id}
        choices={choices}
        width={width}
        height={body}
        lead={lead}
        trail={['', ...why]}
        initial={Math.max(0, choices.findIndex((c) => c.value === previous))}
        onSelect={(value) => submit(value)}
      />
    );
    keys = ['↑↓ move · Enter answer', back, 'Ctrl-C pause (answers kept)'].filter(Boolean).join(' · ');
  } else if (question.kind === 'multi') {
    const choices = (question.choices ?? []).map((c) => ({ label: c.label, value: c.value }));
    const marked = Array.isArray(previous) ? previous : typeof previous === 'string' && previous !== DONT_KNOW ? [previous] : [];
    widget = (
      <ChoiceList
        key={question.id}
        choices={choices}
        width={width}
        height={body}
        lead={[...lead.slice(0, -1), chalk.dim("Mark all that apply; none marked means don't know."), '']}
        trail={['', ...why]}
        multi={{ initial: marked, onSubmit: (values) => submit(values.length ? values : DONT_KNOW) }}
      />
    );
    keys = ['↑↓ move · Space mark · Enter confirm', back, 'Ctrl-C pause'].filter(Boolean).join(' · ');
  } else {
    const initial = typed.current[question.id] ?? (typeof previous === 'string' && previous !== DONT_KNOW ? previous : undefined);
    // The question and the field always show; "why we ask" takes what room is left.
    const whyRows = Math.max(0, body - lead.length - 2);
    const whyShown = why.length > whyRows ? (whyRows ? clipLines(`Why we ask: ${question.why}`, width, whyRows).map((line) => chalk.dim(line)) : []) : why;
    widget = (
      <Box flexDirection="column">
        {lead.map((line, i) => (
          <Text key={i} wrap="truncate-end">
            {line || ' '}
          </Text>
        ))}
        <TextField
          key={question.id}
          width={width}
          {...(initial !== undefined ? { defaultValue: initial } : {})}
          placeholder="type, then Enter (? for don't know)"
          onChange={(value) => (typed.current[question.id] = value)}
          onSubmit={(raw) => {
            const text = raw.trim();
            submit(text === '?' ? DONT_KNOW : text);
          }}
        />
        {whyShown.length ? <Text> </Text> : null}
        {whyShown.map((line, i) => (
          <Text key={`w${i}`} wrap="truncate-end">
            {line}
          </Text>
        ))}
      </Box>
    );
    keys = ["Enter answer · ? don't know", back, 'Ctrl-C pause'].filter(Boolean).join(' · ');
  }
  return (
    <Frame title={title} status={status} keys={keys} width={width} height={height}>
      {widget}
    </Frame>
  );
}

import React, { useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { MultiSelect, TextInput } from '@inkjs/ui';
import { DONT_KNOW } from '../../core/risk/factors.js';
import { answer, nextQuestion, previousQuestion, progressOf } from '../../core/interview/flow.js';
import { QUESTIONS, type InterviewAnswers, type Question } from '../../core/interview/questions.js';
import { wrapLines } from '../../core/text/wrap.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { StableSelect } from '../components/StableSelect.js';
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
  /** Suggested answers for the questions ahead (from the server knowledge base); defaults to the app's. */
  suggest?: (answers: InterviewAnswers) => Record<string, Suggestion>;
}

/** The planning interview, one question at a time, with "why we ask", don't know and back. */
export function InterviewScreen({ start, questions = QUESTIONS, width, height, onSave, onDone, suggest = suggestionsFor }: InterviewScreenProps) {
  const [answers, setAnswers] = useState<InterviewAnswers>(start);
  const [forced, setForced] = useState<Question | undefined>();
  const [error, setError] = useState<string | undefined>();
  const question = forced ?? nextQuestion(answers, questions);
  const { answered, total } = progressOf(answers, questions);

  const submit = (value: string | string[]) => {
    if (!question) return;
    const result = answer(answers, question, value, questions);
    if (!result.ok) return setError(result.message);
    setError(undefined);
    setForced(undefined);
    setAnswers(result.answers);
    onSave(result.answers);
    if (!nextQuestion(result.answers, questions)) onDone(result.answers);
  };

  useInput((_input, key) => {
    if (key.escape && question) {
      const previous = previousQuestion(question.id, answers, questions);
      if (previous) {
        setError(undefined);
        setForced(previous);
      }
    }
  });

  if (!question) return <Text>Interview complete.</Text>;
  const suggestion = answers[question.id] === undefined ? suggest(answers)[question.id] : undefined;
  const previous = answers[question.id] ?? suggestion?.value;
  const suggested = suggestion ? wrapLines(suggestionLine(suggestion), width) : [];
  const body = bodyHeight(height, width);
  const prompt = wrapLines(question.prompt, width);
  const why = wrapLines(`Why we ask: ${question.why}`, width);
  const room = Math.max(3, body - prompt.length - why.length - 3 - suggested.length);
  let widget: React.ReactNode;
  let keys: string;
  if (question.kind === 'choice') {
    const choices = (question.choices ?? []).map((c) => ({ label: c.value === suggestion?.value ? `${c.label} (suggested)` : c.label, value: c.value }));
    // The suggested answer comes first, so Enter confirms it.
    choices.sort((x, y) => Number(y.value === suggestion?.value) - Number(x.value === suggestion?.value));
    const options = [...choices, { label: "Don't know", value: DONT_KNOW }];
    widget = <StableSelect key={question.id} options={options} visibleOptionCount={Math.min(options.length, room)} onSelect={submit} />;
    keys = '↑↓ move · Enter answer · Esc previous question · Ctrl-C pause (answers kept)';
  } else if (question.kind === 'multi') {
    widget = (
      <MultiSelect
        key={question.id}
        options={(question.choices ?? []).map((c) => ({ label: c.label, value: c.value }))}
        defaultValue={Array.isArray(previous) ? previous : undefined}
        visibleOptionCount={Math.min(question.choices?.length ?? 5, room)}
        onSubmit={(values) => submit(values.length ? values : DONT_KNOW)}
      />
    );
    keys = "Space mark · Enter confirm (nothing marked = don't know) · Esc previous · Ctrl-C pause";
  } else {
    widget = (
      <TextInput
        key={question.id}
        defaultValue={typeof previous === 'string' && previous !== DONT_KNOW ? previous : undefined}
        placeholder="type, then Enter (? for don't know)"
        onSubmit={(raw) => {
          // A pasted line can bring its newline along; it is not part of the answer.
          const text = raw.replace(/[\r\n]+/g, '').trim();
          submit(text === '?' ? DONT_KNOW : text);
        }}
      />
    );
    keys = "Enter answer · ? don't know · Esc previous question · Ctrl-C pause";
  }
  return (
    <Frame title="Deployment planning interview" status={`Question ${Math.min(answered + 1, total)} of ${total}`} keys={keys} width={width} height={height}>
      <Box flexDirection="column" marginBottom={1}>
        {prompt.map((line, i) => (
          <Text key={i} bold>
            {line}
          </Text>
        ))}
      </Box>
      {suggested.map((line, i) => (
        <Text key={`s${i}`} color="cyan">
          {line}
        </Text>
      ))}
      {widget}
      {error ? <Text color="red">{`Not accepted: ${error}`}</Text> : null}
      <Box flexDirection="column" marginTop={1}>
        {why.map((line, i) => (
          <Text key={i} dimColor>
            {line}
          </Text>
        ))}
      </Box>
    </Frame>
  );
}

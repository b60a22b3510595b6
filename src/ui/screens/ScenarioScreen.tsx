import React, { useMemo, useRef, useState } from 'react';
import { Text, useInput } from 'ink';
import chalk from 'chalk';
import type { Judgement } from '../../core/scenario/play.js';
import { debriefMarkdown, situationMarkdown } from '../../core/scenario/play.js';
import { displayOrder } from '../../core/course/grading.js';
import { unfinishedRun } from '../../core/course/scenario-resume.js';
import { decisionFeedback } from '../../app/feedback-text.js';
import { Frame, bodyHeight } from '../components/Frame.js';
import { MarkdownPage } from '../components/MarkdownPage.js';
import { ChoiceList } from '../components/ChoiceList.js';
import { inline, inlineLines } from '../inline.js';
import { FeedbackView } from '../lesson/FeedbackView.js';
import { paragraphLines } from '../paragraph-lines.js';
import type { ScreenProps } from '../App.js';

export interface ScenarioScreenProps extends ScreenProps {
  scenarioId: string;
}

type Phase = { kind: 'situation' } | { kind: 'decide'; index: number } | { kind: 'feedback'; index: number; judgement: Judgement } | { kind: 'debrief' };

/** Play a scenario: the situation, each decision with its consequence and the expert's reasons, then a debrief. */
export function ScenarioScreen({ session, scenarioId, width, height, onBack, refresh }: ScenarioScreenProps) {
  const scenario = session.catalogue.scenarios.find((s) => s.id === scenarioId);
  const [phase, setPhase] = useState<Phase>({ kind: 'situation' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const run = useRef<{ id: string; matched: number } | undefined>(undefined);
  const body = bodyHeight(height, width);
  const decision = phase.kind === 'decide' || phase.kind === 'feedback' ? scenario?.decisions[phase.index] : undefined;
  const options = useMemo(() => (decision && scenario ? displayOrder(decision.options, `${scenario.id}/${decision.id}`) : []), [decision, scenario]);

  useInput(
    (input, key) => {
      if (input === 'q' || key.escape) onBack();
    },
    { isActive: phase.kind === 'decide' },
  );

  if (!scenario) return <Text color="red">No scenario {scenarioId}.</Text>;
  const title = `Scenario: ${scenario.title}`;
  const total = scenario.decisions.length;

  switch (phase.kind) {
    case 'situation': {
      const startOver = () => {
        if (run.current) return;
        run.current = { id: '', matched: 0 };
        void session.startScenario(scenario).then((id) => {
          run.current = { id, matched: 0 };
          refresh();
          setPhase({ kind: 'decide', index: 0 });
        }, (e: unknown) => setError(String(e)));
      };
      // A run left after a decision goes on from the next one; n starts over.
      const left = unfinishedRun(session.progress, scenario);
      return (
        <MarkdownPage
          title={title}
          markdown={situationMarkdown(scenario)}
          width={width}
          height={height}
          startLabel={left ? `go on from decision ${left.next + 1}` : 'decision 1'}
          onStart={() => {
            if (!left) return startOver();
            run.current = { id: left.run.startedAt, matched: left.run.matched };
            setPhase({ kind: 'decide', index: left.next });
          }}
          {...(left ? { other: { key: 'n', label: 'start over', run: startOver } } : {})}
          onBack={onBack}
        />
      );
    }
    case 'decide': {
      if (!decision) return null;
      const prompt = inlineLines(decision.prompt, width);
      const notes = [...(busy ? [chalk.dim('Saving your choice…')] : []), ...(error ? inlineLines(`Could not save your choice: ${error}`, width).map((l) => chalk.red(l)) : [])];
      return (
        <Frame title={title} status={`Decision ${phase.index + 1} of ${total}`} keys="↑↓ move · Enter choose · q back" width={width} height={height}>
          <ChoiceList
            key={`${phase.index}-${error ?? ''}`}
            choices={options.map((o) => ({ label: inline(o.text), value: o.id }))}
            width={width}
            height={body}
            lead={[...prompt, '', ...notes, ...(notes.length ? [''] : [])]}
            isActive={!busy}
            onSelect={(optionId) => {
              const current = run.current;
              if (!current || busy) return;
              setBusy(true);
              session.chooseInScenario(scenario, current.id, phase.index, optionId).then(
                (judgement) => {
                  if (judgement.expert) current.matched += 1;
                  setBusy(false);
                  refresh();
                  setPhase({ kind: 'feedback', index: phase.index, judgement });
                },
                (e: unknown) => {
                  setBusy(false);
                  setError(e instanceof Error ? e.message : String(e));
                },
              );
            }}
          />
        </Frame>
      );
    }
    case 'feedback': {
      if (!decision) return null;
      const last = phase.index === total - 1;
      return (
        <FeedbackView
          title={title}
          status={`Decision ${phase.index + 1} of ${total}`}
          lines={paragraphLines(decisionFeedback(decision, phase.judgement), width)}
          width={width}
          height={height}
          passed
          nextLabel={last ? 'debrief' : `decision ${phase.index + 2}`}
          onNext={() => setPhase(last ? { kind: 'debrief' } : { kind: 'decide', index: phase.index + 1 })}
          onRetry={() => undefined}
          onBack={onBack}
        />
      );
    }
    case 'debrief': {
      const lessons = scenario.lessons.map((id) => session.catalogue.lessons.find((l) => l.id === id)).filter((l) => l !== undefined);
      return (
        <MarkdownPage
          title={title}
          markdown={debriefMarkdown(scenario, run.current?.matched ?? 0, lessons)}
          width={width}
          height={height}
          startLabel="back to the scenarios"
          onStart={onBack}
          onBack={onBack}
        />
      );
    }
  }
}

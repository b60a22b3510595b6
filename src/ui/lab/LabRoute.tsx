import React, { useEffect, useState } from 'react';
import { dirname } from 'node:path';
import { Text, useInput } from 'ink';
import type { CourseSession } from '../../app/course-session.js';
import type { LabSession } from '../../app/lab-session.js';
import { Frame } from '../components/Frame.js';
import { LabScreen } from '../screens/LabScreen.js';

export interface LabRouteProps {
  session: CourseSession;
  labId: string;
  width: number;
  height: number;
  onBack: () => void;
}

/**
 * A lab opened from the course: loads the lab and the knowledge base, writes or resumes its
 * workspace beside the progress file, watches it while the screen is up and stops when it goes.
 */
export function LabRoute({ session, labId, width, height, onBack }: LabRouteProps) {
  const [lab, setLab] = useState<{ session?: LabSession; error?: string }>({});
  useEffect(() => {
    let live = true;
    let opened: LabSession | undefined;
    void (async () => {
      try {
        const [{ loadLabs }, { loadKnowledgeSync }, { LabSession: Session }, { defaultLabDir }] = await Promise.all([
          import('../../io/lab-loader.js'),
          import('../../io/knowledge-loader.js'),
          import('../../app/lab-session.js'),
          import('../../io/lab-workspace.js'),
        ]);
        const found = (await loadLabs(session.catalogue)).find((l) => l.id === labId);
        if (!found) throw new Error(`no lab "${labId}"`);
        opened = new Session({ lab: found, dir: defaultLabDir(found.id, dirname(session.store.path)), store: session.store, knowledge: loadKnowledgeSync() });
        await opened.open();
        if (!live) return;
        opened.watch();
        setLab({ session: opened });
      } catch (error) {
        if (live) setLab({ error: (error as Error).message.split('\n')[0] });
      }
    })();
    return () => {
      live = false;
      void opened?.close();
    };
  }, [labId, session]);
  if (lab.session) return <LabScreen session={lab.session} width={width} height={height} onBack={onBack} />;
  return (
    <Frame title="Hands-on lab" keys="q back" width={width} height={height}>
      {lab.error ? <Text color="red">{`The lab cannot open: ${lab.error}`}</Text> : <Text>Opening the lab…</Text>}
      <BackOnKey onBack={onBack} />
    </Frame>
  );
}

function BackOnKey({ onBack }: { onBack: () => void }) {
  useInput((input, key) => {
    if (input === 'q' || key.escape) onBack();
  });
  return null;
}

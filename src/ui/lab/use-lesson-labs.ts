import { useEffect, useState } from 'react';
import type { Catalogue } from '../../core/content/types.js';

export interface LessonLab {
  id: string;
  title: string;
}

/** The hands-on labs that sit beside a lesson (loaded once, in the background; none when labs cannot be read). */
export function useLessonLabs(catalogue: Catalogue, lessonId: string): LessonLab[] {
  const [labs, setLabs] = useState<LessonLab[]>([]);
  useEffect(() => {
    let live = true;
    void import('../../io/lab-loader.js')
      .then(({ loadLabs }) => loadLabs(catalogue))
      .then((all) => {
        if (live) setLabs(all.filter((l) => l.lesson === lessonId).map((l) => ({ id: l.id, title: l.title })));
      })
      // Labs that cannot be read only mean no offer here; `mcp-operator labs` and check-content say why.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [catalogue, lessonId]);
  return labs;
}

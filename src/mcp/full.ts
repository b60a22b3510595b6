import { loadCatalogue } from '../io/content-loader.js';
import { loadKnowledge } from '../io/knowledge-loader.js';
import { packageVersion } from '../io/paths.js';
import type { Backend } from './front.js';
import type { RequestId } from './lines.js';
import { createTutorServer } from './server.js';
import { LineTransport, quietErrors } from './stdio.js';

/**
 * The server behind the start-up front: the course, the knowledge base (built-in and imported
 * advisories) and the SDK, connected to a transport that writes to `stdout` and drops its own
 * answers to the requests in `answered` (the front answered them).
 */
export async function startTutor(stdout: NodeJS.WritableStream, answered: Set<RequestId>): Promise<Backend> {
  const catalogue = await loadCatalogue();
  const knowledge = await loadKnowledge();
  const server = createTutorServer({ catalogue, version: packageVersion(), knowledge });
  quietErrors(server);
  const transport = new LineTransport(stdout, answered);
  await server.connect(transport);
  return {
    line: (line) => transport.line(line),
    oversize: () => transport.oversize(),
    settled: () => transport.settled(),
    close: () => server.close(),
    onclose: (handler) => {
      server.server.onclose = handler;
    },
  };
}

import type { ReviewRule } from '../types.js';
import { dockerRun, splitImage } from '../docker-args.js';
import type { ServerEntry } from '../types.js';
import { isPlaceholder } from '../placeholders.js';

/** A container image referenced by a tag (or no tag) instead of a digest: the image can change under the same name. */
export const mutableImage: ReviewRule = {
  id: 'MCPR-IMG-001',
  category: 'mutable-image',
  title: 'Container image not pinned by digest',
  why: 'A tag is a name the publisher can point at a new image, and `latest` (also used when no tag is written) is meant to move, so the server you reviewed is not necessarily the one that starts. Docker\'s MCP Gateway refers to the images of its own `mcp/` catalogue by digest for this reason; a digest names exactly one image.',
  howToFix: 'Reference the image you reviewed by digest (`image@sha256:<digest>`, shown by `docker images --digests`) and change the digest only after reviewing the new image.',
  lesson: 'harden-the-container',
  check: (server) => {
    const image = dockerRun(server)?.image;
    if (!image || isPlaceholder(image.ref)) return [];
    const { name, tag, digest } = splitImage(image.ref);
    if (digest?.startsWith('sha256:')) return [];
    const floating = tag === undefined || tag === 'latest';
    return [
      {
        severity: floating ? 'high' : 'low',
        field: `args[${image.index}]`,
        message: floating
          ? `${server.name} starts ${name} with ${tag === undefined ? 'no tag (so :latest)' : ':latest'}: each start can pull a different image than the one you reviewed.`
          : `${server.name} starts ${name}:${tag} by tag only: the publisher can move the tag to a different image.`,
        evidence: image.ref,
        remediation: `Pin the reviewed image by digest: ${name}@sha256:<digest> (docker buildx imagetools inspect ${name}:${tag ?? 'latest'} prints it after you review that image), and update it only after reviewing the new image.`,
        fix: (entry: ServerEntry): ServerEntry => {
          const args = [...entry.args];
          const at = args.indexOf(image.ref);
          if (at < 0) return entry;
          args[at] = `${name}${floating ? '' : `:${tag}`}@sha256:<digest>`;
          return { ...entry, args };
        },
      },
    ];
  },
};

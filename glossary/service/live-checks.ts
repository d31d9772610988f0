// checkArticleLive: checkArticle, answered as changes to one of the last results this service gave
// (checks/findings-delta.ts). The results are remembered under a token; a token this service never
// gave or has forgotten (a restart, many other checks since) gets every finding whole.
import { randomBytes } from 'node:crypto';
import type { DonghyangApi } from '../api.ts';
import type { Finding } from '../checks/types.ts';
import { encodeFindings } from '../checks/findings-delta.ts';

/** Enough for the two checks an editor keeps in flight, for a few editors (windows) at once. */
const RESULTS_KEPT = 16;

export function liveCheckMethods(
  checkArticle: DonghyangApi['checkArticle'],
  glossaryRevision: () => string,
): Pick<DonghyangApi, 'checkArticleLive'> {
  const results = new Map<string, Finding[]>();
  // Per service instance, so a token from before a restart is never mistaken for a new one.
  const prefix = randomBytes(6).toString('hex');
  let counter = 0;

  return {
    async checkArticleLive({ base, ...req }) {
      const { findings, ...checked } = await checkArticle(req);
      const rest = { ...checked, glossaryRevision: glossaryRevision() };
      const token = `${prefix}-${++counter}`;
      results.set(token, findings);
      if (results.size > RESULTS_KEPT) results.delete(results.keys().next().value!);
      const baseFindings = base === undefined ? undefined : results.get(base);
      if (!baseFindings) return { ...rest, token, findings };
      return { ...rest, token, base, findings: encodeFindings(baseFindings, findings) };
    },
  };
}

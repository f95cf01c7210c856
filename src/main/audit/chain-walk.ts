import type { AuditChainProblem, AuditHead, AuditVerifyResult } from '../../shared/schemas/audit';
import { GENESIS_HASH, hashOf, type AuditRow } from './audit-row';

/** Rows from `fromSeq` on, in order, and the highest number SQLite ever handed out, read together. */
export interface ChainPage {
  rows: AuditRow[];
  highestSeqEverUsed: number;
}

export type ReadChainPage = (fromSeq: number, limit: number) => Promise<ChainPage>;

export interface ChainWalk {
  result: AuditVerifyResult;
  /** The last entry that checked out. */
  head: AuditHead;
}

export interface ChainWalkOptions {
  /** Start at this anchored entry instead of the first: the entries before it were checked already. */
  from?: AuditHead | null;
  /** Entries pinned outside the store: each must be in the chain, unchanged. */
  anchors?: readonly AuditHead[];
  pageSize?: number;
}

// About 5 ms of hashing between two turns of the store queue: a search waits at most that long behind a check.
const PAGE_SIZE = 500;

/**
 * Walks the chain a page at a time (a live store reads each page in its own transaction, so a
 * long check never holds the store). Each row must carry the next number, link to the row
 * before and hash to what it holds; an anchored entry must hold the anchored hash, and the
 * chain may not end before it. Without anchors a deletion of the newest rows, with
 * sqlite_sequence lowered to match, leaves a chain that checks out: that is what anchors are for.
 */
export async function walkChain(read: ReadChainPage, options: ChainWalkOptions = {}): Promise<ChainWalk> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const from = options.from && options.from.seq > 0 ? options.from : null;
  const anchors = new Map<number, string>((options.anchors ?? []).filter((anchor) => anchor.seq > 0).map((anchor) => [anchor.seq, anchor.hash]));
  if (from) anchors.set(from.seq, from.hash);
  let expectedSeq = from ? from.seq : 1;
  // Starting from an anchor, the first row's link is not checked: its predecessor was, when it was anchored.
  let previousHash: string | null = from ? null : GENESIS_HASH;
  let checked = 0;
  const walked = (): AuditHead => ({ seq: expectedSeq - 1, hash: previousHash ?? GENESIS_HASH });
  const broken = (brokenAtSeq: number, problem: AuditChainProblem): ChainWalk => ({ result: { ok: false, checked, brokenAtSeq, problem }, head: walked() });
  for (;;) {
    const page = await read(expectedSeq, pageSize);
    for (const row of page.rows) {
      if (row.seq !== expectedSeq) return broken(expectedSeq, 'missing');
      if (previousHash !== null && row.prev_hash !== previousHash) return broken(row.seq, 'reordered');
      if (hashOf(row.seq, row) !== row.hash) return broken(row.seq, 'edited');
      const anchored = anchors.get(row.seq);
      if (anchored !== undefined && anchored !== row.hash) return broken(row.seq, 'rewritten');
      previousHash = row.hash;
      expectedSeq++;
      checked++;
    }
    if (page.rows.length < pageSize) {
      if (page.highestSeqEverUsed >= expectedSeq) return broken(expectedSeq, 'missing');
      if ([...anchors.keys()].some((seq) => seq >= expectedSeq)) return broken(expectedSeq, 'truncated');
      return { result: { ok: true, checked }, head: walked() };
    }
  }
}

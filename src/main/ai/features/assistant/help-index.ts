import type { HelpTopic } from '../../../../shared/help/help-topic';
import { termsOf } from './help-terms';

/** How much a word counts by where it stands in a topic: the names people use weigh most. */
const FIELD_WEIGHTS = { title: 3, keywords: 3, steps: 1 } as const;
const K1 = 1.2;
const B = 0.5;

interface IndexedTopic {
  topic: HelpTopic;
  /** Weighted count of each term. */
  weights: Map<string, number>;
  /** Terms of the title and keywords: a match there is a match of the task itself. */
  named: Set<string>;
  length: number;
}

export interface TopicScore {
  topic: HelpTopic;
  score: number;
  /** The question named the task (a title or keyword term matched), not just a word of its steps. */
  named: boolean;
}

function add(weights: Map<string, number>, terms: string[][], weight: number): number {
  for (const word of terms) for (const term of word) weights.set(term, (weights.get(term) ?? 0) + weight);
  return terms.length * weight;
}

/**
 * BM25 over the help topics, both languages in one document per topic (a Malay question finds
 * the topic by its Malay words, an English one by its English words), with the title and keywords
 * weighted above the steps.
 */
export class HelpIndex {
  private readonly topics: IndexedTopic[];
  private readonly documentFrequency = new Map<string, number>();
  private readonly averageLength: number;

  constructor(topics: readonly HelpTopic[]) {
    this.topics = topics.map((topic) => {
      const weights = new Map<string, number>();
      const namedTerms = [...termsOf(`${topic.title.en} ${topic.title.ms}`), ...[...topic.keywords.en, ...topic.keywords.ms].flatMap((keyword) => termsOf(keyword))];
      let length = add(weights, termsOf(`${topic.title.en} ${topic.title.ms}`), FIELD_WEIGHTS.title);
      length += add(weights, [...topic.keywords.en, ...topic.keywords.ms].flatMap((keyword) => termsOf(keyword)), FIELD_WEIGHTS.keywords);
      length += add(weights, termsOf([...topic.steps.en, ...topic.steps.ms].join(' ')), FIELD_WEIGHTS.steps);
      return { topic, weights, named: new Set(namedTerms.flat()), length };
    });
    for (const entry of this.topics) for (const term of entry.weights.keys()) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    this.averageLength = this.topics.reduce((sum, entry) => sum + entry.length, 0) / Math.max(1, this.topics.length);
  }

  private idf(term: string): number {
    const n = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.topics.length - n + 0.5) / (n + 0.5));
  }

  /** Topics that share a term with the question, best first: those it names before those whose steps merely share a word. */
  search(question: string): TopicScore[] {
    const words = termsOf(question);
    const scores: TopicScore[] = [];
    for (const entry of this.topics) {
      let score = 0;
      let named = false;
      for (const word of words) {
        // A word with two possible roots counts once, by the root that matches best.
        let best = 0;
        for (const term of word) {
          const weight = entry.weights.get(term) ?? 0;
          if (weight === 0) continue;
          const part = (this.idf(term) * weight * (K1 + 1)) / (weight + K1 * (1 - B + (B * entry.length) / this.averageLength));
          if (part > best) best = part;
          if (entry.named.has(term)) named = true;
        }
        score += best;
      }
      if (score > 0) scores.push({ topic: entry.topic, score, named });
    }
    return scores.sort((a, b) => Number(b.named) - Number(a.named) || b.score - a.score);
  }
}

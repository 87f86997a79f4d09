import { describe, expect, it } from 'vitest';
import { issueMatcher, tagIssues } from './issue-tags';

const vocabulary = (issues: string[]) => issues.map(issueMatcher);

describe('issue tags of feed items', () => {
  const known = vocabulary(['Vaksin COVID-19', 'Kosmetik Ilegal', 'EUA Vaksin Sinovac', 'Obat Tradisional BKO', 'Vaksin']);

  it('tags an item with every issue whose words it all has, the most specific first', () => {
    expect(tagIssues('BPOM terbitkan EUA vaksin Sinovac untuk COVID-19', known)).toEqual([
      'EUA Vaksin Sinovac',
      'Vaksin COVID-19',
      'Vaksin',
    ]);
    expect(tagIssues('Ribuan kosmetik ilegal disita di Bekasi', known)).toEqual(['Kosmetik Ilegal']);
  });

  it('needs every word: one alone is not the issue, and words are compared by stem', () => {
    expect(tagIssues('Kosmetik aman untuk kulit', known)).toEqual([]);
    expect(tagIssues('Harga beras stabil', known)).toEqual([]);
    // "Kosmetiknya" and "ilegalnya" carry the -nya the stemmer takes off.
    expect(tagIssues('Kosmetiknya ternyata ilegal', known)).toEqual(['Kosmetik Ilegal']);
  });

  it('gives at most three', () => {
    const many = vocabulary(['Satu Pangan', 'Dua Pangan', 'Tiga Pangan', 'Empat Pangan']);
    expect(tagIssues('satu dua tiga empat pangan', many)).toHaveLength(3);
  });
});

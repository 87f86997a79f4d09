import { describe, expect, it } from 'vitest';
import { featurize, lexiconHits, words } from './features';
import { evaluate } from './metrics';
import { lexiconTone, ToneModel } from './model';
import { stem } from './stemmer';

describe('the Indonesian stemmer', () => {
  it('takes off particles, possessives, suffixes and prefixes, undoing the sound changes', () => {
    const cases: [string, string][] = [
      ['menyita', 'sita'],
      ['memeriksa', 'periksa'],
      ['menerbitkan', 'terbit'],
      ['mengapresiasi', 'apresiasi'],
      ['diapresiasi', 'apresiasi'],
      ['kebijakannya', 'bijak'],
      ['apakah', 'apa'],
      ['bukanlah', 'bukan'],
      ['pengawasan', 'awas'],
      ['mempertanyakan', 'tanya'],
      ['pangan', 'pangan'],
      ['regulasi', 'regulasi'],
      ['izin', 'izin'],
      ['2021', '2021'],
    ];
    for (const [word, root] of cases) expect(stem(word), word).toBe(root);
  });
});

describe('features and lexicon', () => {
  it('splits on anything but letters and digits, keeping -nya on the word for the stemmer', () => {
    expect(words('Vaksin-nya "Aman"; kata Kepala BPOM.')).toEqual(['vaksin', 'nya', 'aman', 'kata', 'kepala', 'bpom']);
    expect(words('Kinerjanya diapresiasi')).toEqual(['kinerjanya', 'diapresiasi']);
  });

  it('counts appreciation and criticism, a negator turning the next word around', () => {
    expect(lexiconHits(words('DPR mengapresiasi dan mendukung BPOM'))).toEqual({ positive: 2, negative: 0 });
    expect(lexiconHits(words('Warga mengkritik BPOM yang dinilai lamban'))).toEqual({ positive: 0, negative: 2 });
    expect(lexiconHits(words('Langkah itu tidak tepat'))).toEqual({ positive: 0, negative: 1 });
    expect(lexiconTone('BPOM Terbitkan Izin Edar').tone).toBe('neutral');
  });

  it('gives a unit-length vector', () => {
    const v = featurize('BPOM Sita Kosmetik Ilegal di Bekasi');
    const norm = Math.sqrt([...v.value].reduce((a, x) => a + x * x, 0));
    expect(norm).toBeCloseTo(1, 5);
    expect(v.index.length).toBeGreaterThan(20);
  });
});

describe('the model', () => {
  const train = [
    ...Array.from({ length: 30 }, (_, i) => ({ text: `Anggota DPR ${i} apresiasi kinerja BPOM`, label: 'positive' as const })),
    ...Array.from({ length: 30 }, (_, i) => ({ text: `BPOM gelar rapat rutin nomor ${i}`, label: 'neutral' as const })),
    ...Array.from({ length: 6 }, (_, i) => ({ text: `Pengamat ${i} kritik BPOM lamban`, label: 'negative' as const })),
  ];

  it('learns from labels, survives a round trip through bytes, and is scored per class', () => {
    const model = ToneModel.train(train, { epochs: 8 });
    const copy = ToneModel.deserialize(model.serialize());
    const texts = ['Gubernur apresiasi kinerja BPOM', 'BPOM gelar rapat koordinasi', 'Aktivis kritik BPOM lamban'];
    expect(texts.map((t) => copy.predict(t).tone)).toEqual(['positive', 'neutral', 'negative']);
    const scores = evaluate(['positive', 'neutral', 'negative', 'neutral'], ['positive', 'neutral', 'neutral', 'neutral']);
    expect(scores.accuracy).toBe(0.75);
    expect(scores.perClass.negative).toMatchObject({ recall: 0, support: 1 });
    expect(scores.confusion[2]).toEqual([0, 1, 0]);
    expect(scores.macroF1).toBeCloseTo((1 + 0.8 + 0) / 3, 6);
  });
});

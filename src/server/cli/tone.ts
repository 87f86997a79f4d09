import fs from 'node:fs';
import type { Command } from 'commander';
import { exportLabelledItems } from '../modules/media/tone/export';
import { trainAndEvaluate } from '../modules/media/tone/benchmark';
import { readLabelledCsv, writeLabelledCsv } from '../modules/media/tone/csv';
import { retrainToneModel } from '../modules/media/tone/retrain';
import { withServices } from './with-services';

const positiveInt = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}: a whole number ≥ 1`);
  return n;
};

/** `simpul tone …`: evaluate the tone classifier on files, export labelled items, retrain now. */
export function toneCommands(program: Command) {
  const tone = program.command('tone').description('pengklasifikasi tonasi berita / the news tone classifier');

  tone
    .command('evaluate')
    .description('latih pada satu CSV, uji pada CSV lain (kolom text,label) / train on one CSV, score another')
    .requiredOption('--train <file>', 'CSV text,label for training')
    .requiredOption('--test <file>', 'CSV text,label for testing')
    .option('--epochs <n>', 'passes over the training set (default 6)', positiveInt('--epochs'))
    .option('--json', 'JSON output')
    .action((opts: { train: string; test: string; epochs?: number; json?: boolean }) => {
      const train = readLabelledCsv(fs.readFileSync(opts.train, 'utf8'), opts.train);
      const test = readLabelledCsv(fs.readFileSync(opts.test, 'utf8'), opts.test);
      const { report } = trainAndEvaluate(train, test, { epochs: opts.epochs });
      const out = {
        accuracy: report.accuracy,
        macroF1: report.macroF1,
        perClass: report.perClass,
        trainSeconds: report.trainSeconds,
        itemsPerSecond: report.itemsPerSecond,
        confusion: report.confusion,
        trainItems: report.trainItems,
        testItems: report.testItems,
        lexiconBaseline: report.lexicon,
      };
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        return;
      }
      const pct = (v: number) => `${(v * 100).toFixed(2).replace('.', ',')}%`;
      process.stdout.write(`Akurasi / accuracy ${pct(out.accuracy)}, macro-F1 ${pct(out.macroF1)}\n`);
      for (const [label, s] of Object.entries(out.perClass)) {
        process.stdout.write(`  ${label.padEnd(9)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.support})\n`);
      }
      process.stdout.write(`Latih / train ${out.trainSeconds.toFixed(1)} s; ${Math.round(out.itemsPerSecond)} berita/detik\n`);
    });

  tone
    .command('export')
    .description('tulis berita bertonasi terkonfirmasi sebagai CSV latih dan uji / write confirmed items as train and test CSVs')
    .requiredOption('--train <file>', 'where to write the training CSV')
    .requiredOption('--test <file>', 'where to write the test CSV')
    .option('--year <year>', 'only items published that year', positiveInt('--year'))
    .option('--test-share <share>', 'share held out for testing (default 0.2)', (v) => {
      const n = Number(v);
      if (!(n > 0 && n < 1)) throw new Error('--test-share: between 0 and 1');
      return n;
    })
    .option('--titles-only', 'the title without the summary')
    .action(async (opts: { train: string; test: string; year?: number; testShare?: number; titlesOnly?: boolean }) => {
      await withServices(async ({ db }) => {
        const { train, test } = await exportLabelledItems(db, {
          year: opts.year,
          testShare: opts.testShare ?? 0.2,
          titlesOnly: opts.titlesOnly ?? false,
        });
        fs.writeFileSync(opts.train, writeLabelledCsv(train));
        fs.writeFileSync(opts.test, writeLabelledCsv(test));
        process.stdout.write(`${train.length} latih / train, ${test.length} uji / test\n`);
      });
    });

  tone
    .command('retrain')
    .description('latih ulang model dari label terkonfirmasi sekarang / retrain the model from confirmed labels now')
    .action(async () => {
      await withServices(async ({ db }) => {
        const result = await retrainToneModel(db);
        process.stdout.write(`${JSON.stringify(result)}\n`);
      });
    });
}

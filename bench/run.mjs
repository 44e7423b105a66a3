// `npm run bench`: loads the TypeScript benchmark through Vite's module runner (Node cannot
// run TypeScript itself here), runs it at full size, prints the table and writes
// bench/results.json. `node bench/run.mjs --smoke` runs tiny sizes and writes nothing.
import { writeFile } from 'node:fs/promises';
import { runnerImport } from 'vite';

const smoke = process.argv.includes('--smoke');
const { module: bench } = await runnerImport('./bench/main.ts', { configFile: false, logLevel: 'warn' });
const { module: report } = await runnerImport('./bench/report.ts', { configFile: false, logLevel: 'warn' });
const options = smoke ? { ...bench.FULL_BENCH, ...bench.SMOKE_BENCH } : bench.FULL_BENCH;
try {
  const results = await bench.runBench(options);
  console.log(`\n${report.formatReport(results)}`);
  if (!smoke) {
    await writeFile(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nWrote bench/results.json.');
  }
} catch (error) {
  console.error(`The benchmark failed: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
}

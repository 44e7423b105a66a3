// Unit tests live beside the code they test; app/ and main/ tests run in plain Node.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['app/**/*.test.ts', 'main/**/*.test.ts', 'preload/**/*.test.ts', 'cli/**/*.test.ts', 'node/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'eslint/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});

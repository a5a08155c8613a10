// Lint: TypeScript sources; the analysis core must stay free of the editor API.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'test-out/**', 'node_modules/**', '.cache/**'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // src/core is pure: text in, records out. Only src/vscode may import 'vscode'.
    files: ['src/core/**/*.ts', 'src/cli.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core must not import vscode: put editor code in src/vscode.' }],
        patterns: [{ group: ['**/vscode/**', '../vscode/*'], message: 'src/core must not depend on the editor adapters.' }],
      }],
    },
  },
);

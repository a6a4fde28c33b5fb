// Lets Node run the project's TypeScript directly (`node --import ./scripts/ts-resolve.mjs file.ts`): Node 24 strips
// the types itself, and this adds the `.ts` that src/ leaves off its relative imports (as Astro and Vite allow).
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!/^\.{1,2}\//.test(specifier) || error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});

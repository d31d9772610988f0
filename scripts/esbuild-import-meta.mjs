// The core finds its data files with `new URL('…', import.meta.url)` relative to its own source
// file; in a bundle every module shares one import.meta (or, in CommonJS, has none). This esbuild
// plugin gives each module the URL of its source file, expressed relative to the bundle, so the
// paths keep pointing into the checkout (resources/, renderer/dist) even if it is moved.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const LOADERS = { '.ts': 'ts', '.tsx': 'tsx', '.mts': 'ts', '.js': 'js', '.mjs': 'js', '.cjs': 'js' };

/** The plugin for a bundle written to `outfile` in `format` ('esm' or 'cjs'). */
export function importMetaRelativeTo(outfile, format) {
  const bundleDir = path.dirname(outfile);
  const bundleUrl = format === 'esm' ? 'import.meta.url' : "require('node:url').pathToFileURL(__filename).href";
  return {
    name: 'import-meta-relative',
    setup(build) {
      build.onLoad({ filter: /\.(c|m)?(j|t)sx?$/ }, async (args) => {
        const loader = LOADERS[path.extname(args.path)];
        if (loader === undefined || args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta')) return undefined;
        const relative = path.relative(bundleDir, args.path).split(path.sep).map(encodeURIComponent).join('/');
        const fileUrl = `new URL(${JSON.stringify(relative)}, ${bundleUrl}).href`;
        if (/import\.meta\.(dirname|filename)/.test(source)) {
          return { errors: [{ text: `${path.relative(process.cwd(), args.path)}: use import.meta.url, which the bundles rewrite, not import.meta.dirname/filename` }] };
        }
        return { contents: source.replaceAll('import.meta.url', fileUrl), loader };
      });
    },
  };
}

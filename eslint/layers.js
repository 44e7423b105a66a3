// The layering rule: a file's layer is read from its folder, and an import that crosses
// into a layer it may not see is refused, as VS Code's code-layering rule does. The layers
// and what each may import are the table below; ../docs/ARCHITECTURE.md explains them.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BUILTINS = new Set(builtinModules);
/** Renderer folders every feature may use; features never use each other. */
const RENDERER_SHARED = ['services', 'storage', 'session', 'commands', 'ui', 'platform'];
/** Packages that need a runtime the pure core must not assume. */
const PLATFORM_PACKAGES = ['electron', 'react', 'react-dom', 'dexie', 'dexie-export-import', 'prosemirror-view', 'dompurify', 'playwright-core', '@playwright/test', '@tanstack/react-virtual', '@mozilla/readability', 'pdfjs-dist'];

/** The package an import names (`@scope/name` or `name`), or undefined for a relative one. */
function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isNodeBuiltin(specifier) {
  return specifier.startsWith('node:') || BUILTINS.has(packageOf(specifier) ?? '');
}

/** A path relative to the repository root with forward slashes. */
function fromRoot(path) {
  return relative(ROOT, path).split(sep).join('/');
}

/** The layer of a file: its top folder, and for the renderer its second one too. */
function layerOf(path) {
  const [top, second, third] = path.split('/');
  if (top === 'renderer') {
    if (second === 'features') return { top, area: 'features', feature: third };
    if (RENDERER_SHARED.includes(second)) return { top, area: second };
    return { top, area: 'workbench' };
  }
  return { top };
}

/**
 * Why `file` may not import `specifier` (resolved to `target`, repository-relative, when it
 * is relative), or undefined when it may.
 */
export function layeringViolation(file, specifier, target, isTest) {
  const from = layerOf(file);
  const pkg = packageOf(specifier);
  // Resources (the sample article, the package's own metadata) belong to no layer.
  const resource = target !== undefined && (target.startsWith('assets/') || target === 'package.json');
  const to = target === undefined || resource ? undefined : layerOf(target);
  switch (from.top) {
    case 'app':
      if (to && to.top !== 'app') return 'app/ is the pure core: it imports only app/.';
      if (!isTest && pkg && (isNodeBuiltin(specifier) || PLATFORM_PACKAGES.includes(pkg))) return `app/ is platform-free: no ${pkg}.`;
      return undefined;
    case 'preload':
      if (to && to.top !== 'preload' && !(to.top === 'app' && target.startsWith('app/platform/'))) return 'preload/ sees only electron and app/platform/.';
      if (!isTest && pkg && pkg !== 'electron') return 'preload/ sees only electron and app/platform/.';
      return undefined;
    case 'node':
      if (to && to.top !== 'node' && to.top !== 'app') return 'node/ is shared by main/ and cli/: it imports only app/ and node/.';
      if (pkg === 'electron') return 'node/ runs in plain Node too: no electron.';
      return undefined;
    case 'main':
    case 'cli': {
      const allowed = ['app', 'node', from.top];
      if (to && !allowed.includes(to.top)) return `${from.top}/ imports only app/, node/ and itself.`;
      if (from.top === 'cli' && pkg === 'electron') return 'cli/ runs in plain Node: no electron.';
      return undefined;
    }
    case 'renderer': {
      if (pkg && (isNodeBuiltin(specifier) || pkg === 'electron')) return 'renderer/ never imports Electron or Node: it reaches the platform through the bridge (app/platform/).';
      if (!to) return undefined;
      if (to.top !== 'renderer' && to.top !== 'app') return 'renderer/ imports only app/ and renderer/.';
      if (to.top === 'app') return undefined;
      if (from.area === 'workbench') return undefined;
      if (to.area === 'workbench') return 'Only the workbench (App, the window layout) composes features.';
      if (from.area === 'features') {
        if (to.area === 'features' && to.feature !== from.feature) return `Features do not import each other: ${from.feature} imports ${to.feature}. Share through services/, storage/, session/, commands/, ui/ or app/.`;
        return undefined;
      }
      if (to.area === 'features') return `renderer/${from.area}/ is shared by the features and imports none of them.`;
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The ESLint rule over import declarations, re-exports and dynamic imports. */
export const layersRule = {
  meta: { type: 'problem', docs: { description: 'Imports follow the layers read from folder names.' }, schema: [] },
  create(context) {
    const file = fromRoot(context.filename);
    const isTest = /\.test\.tsx?$/.test(file);
    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const specifier = source.value;
      const target = specifier.startsWith('.') ? fromRoot(resolve(dirname(context.filename), specifier)) : undefined;
      const message = layeringViolation(file, specifier, target, isTest);
      if (message) context.report({ node: source, message });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

/** The local plugin that carries the rule. */
export default { rules: { layers: layersRule } };

import type { Plugin, Rollup } from 'vite';

/**
 * Lets /c/ and /kiosk/ pages start downloading the survey chunk (survey-core, survey-react-ui)
 * and its stylesheet with the page itself, instead of after the app's JavaScript has arrived
 * and run: on a mobile link each request in a chain costs a round trip of half a second.
 * The links are added by a tiny inline script because /poster/ shares the same index.html and
 * does not need the survey. The chunk's names carry content hashes, so they are read from the
 * bundle.
 */
export function surveyPreloadPlugin(moduleSuffix: string): Plugin {
  return {
    name: 'tessera-survey-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
        const survey = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(moduleSuffix)));
        if (!survey) throw new Error(`survey preload: no chunk for ${moduleSuffix}`);
        const entry = chunks.find((chunk) => chunk.isEntry);
        const scripts = [survey.fileName, ...survey.imports.filter((name) => name !== entry?.fileName)];
        const styles = [...(survey.viteMetadata?.importedCss ?? [])];
        const links = [
          ...styles.map((name) => ['preload', `/${name}`, 'style']),
          ...scripts.map((name) => ['modulepreload', `/${name}`, 'script']),
        ];
        const script = `<script>if(/^\\/(?:c|kiosk)\\//.test(location.pathname)){${JSON.stringify(links)}.forEach(function(l){`
          + `var e=document.createElement('link');e.rel=l[0];e.href=l[1];e.as=l[2];e.crossOrigin='';document.head.appendChild(e)})}</script>`;
        // Before the entry's stylesheet: an inline script placed after a stylesheet waits for it.
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('survey preload: no module script in index.html');
        return `${html.slice(0, at)}${script}\n    ${html.slice(at)}`;
      },
    },
  };
}

// SvelteKit's start script as a prerendered page holds it, and the hash a policy names a script
// by: for the specs of the build's page hook (paint-first.ts, from-root.ts); never imported by the app.
import { createHash } from 'node:crypto';

export const sha256 = (text: string) =>
	`sha256-${createHash('sha256').update(text).digest('base64')}`;

// SvelteKit 2.70's start script (runtime/server/page/render.js) as a prerendered page holds it
export const start = `
				{
					__sveltekit_x = {
						base: new URL(".", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 2],
							data: [null,{type:"data",data:{title:"import(\\"x\\") is text",parts:["an import(",")"]},uses:{}}],
							form: null,
							error: null
						});
					});

					if ('serviceWorker' in navigator) {
						const script_url = './service-worker.js';
						const policy = globalThis?.window?.trustedTypes?.createPolicy(
							'sveltekit-trusted-url',
							{ createScriptURL(url) { return url; } }
						);
						const sanitised = policy?.createScriptURL(script_url) ?? script_url;
						addEventListener('load', function () {
							navigator.serviceWorker.register(sanitised);
						});
					}
				}
			`;

// The browser's ways for tabs of one site to keep in step (issue 17): a BroadcastChannel tells the
// other tabs what a commit changed, and a Web Lock keeps an operation of several transactions
// (moving localStorage into the database) to one tab at a time.
import type { Lock, TabChannel, TabMessage } from './store';

/** the channel every tab of the app listens on; undefined where the browser has none */
export function browserChannel(name = 'biology-study'): TabChannel | undefined {
	if (typeof BroadcastChannel === 'undefined') return undefined;
	const channel = new BroadcastChannel(name);
	return {
		post: (message: TabMessage) => channel.postMessage(message),
		listen(handler) {
			const onMessage = (event: MessageEvent<TabMessage>) => handler(event.data);
			channel.addEventListener('message', onMessage);
			return () => channel.removeEventListener('message', onMessage);
		},
		close: () => channel.close()
	};
}

/** runs `work` under the Web Lock `name`, or at once where the browser has no Web Locks */
export const webLock: Lock = (name, work) =>
	typeof navigator !== 'undefined' && navigator.locks
		? navigator.locks.request(name, work)
		: work();

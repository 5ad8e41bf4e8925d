// Svelte reports a broken component (a missing context, an effect loop, a failed mount) with
// console.error and carries on; in a component test that must fail the test instead
console.error = (...args: unknown[]) => {
	throw new Error(args.map(String).join(' '));
};

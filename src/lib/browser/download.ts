/**
 * Hands `text` to the browser as a file download: a Blob, an object URL and a click on a link
 * that is never added to the page. Nothing leaves the device.
 */
export function downloadText(fileName: string, text: string, type: string) {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	// the download has started by the next task; the URL is not needed after it
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

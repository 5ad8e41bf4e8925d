// the page says no address of the app was found: the header marks none of its links as the
// current page, whichever section the address names (/quiz/typo)
export const load = () => ({ notFound: true });

export const sentences: Readonly<Record<string, string>> = {
};

// Reading all of stdin as lines, for `classify --conversation`.
export async function readStdinLines(input: NodeJS.ReadableStream): Promise<string[]> {
  let text = "";
  for await (const chunk of input) text += String(chunk);
  return text.split(/\r?\n/);
}

import { browser } from 'wxt/browser';
import type { Message, Replies, Reply } from '../lib/messages';

/** Sends a message to the background and returns its answer, or throws the error it answered with. */
export async function askBackground<M extends Message>(message: M): Promise<Replies[M['type']]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<Replies[M['type']]> | undefined;
  if (!reply) throw new Error('The extension did not answer (it may have been updated: reload the page).');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

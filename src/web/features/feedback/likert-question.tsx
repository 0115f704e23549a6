import { Button, Group, Radio, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { memo } from 'react';
import { maximumCommentLength, type Item } from './rater-form-view';

// One question of an instrument: a statement rated on the instrument's labels, or a comment.
// Shared by the 360 rater form, the behavioural profile and the team pulse.

export type QuestionProps = {
  item: Item;
  /** The statement's number among the statements, for "Statement 3 of 35"; null for a comment. */
  number: number | null;
  total: number;
  value: number | string | null;
  options: { value: string; label: string }[];
  error: string | undefined;
  /** Stable across renders (with the item's key), so that memo skips the questions not answered. */
  onAnswer: (key: string, value: number | string | null) => void;
  /** Under a comment box: who reads it. */
  commentDescription: string;
  /** Whether a rating may be taken back (skipped); not where every statement must be rated. */
  canClear?: boolean;
};

export const Question = memo(function Question({
  item,
  number,
  total,
  value,
  options,
  error,
  onAnswer,
  commentDescription,
  canClear = true,
}: QuestionProps) {
  if (item.kind === 'comment') {
    return (
      <Textarea
        label={item.text}
        description={commentDescription}
        autosize
        minRows={3}
        maxRows={12}
        maxLength={maximumCommentLength}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => onAnswer(item.key, event.currentTarget.value)}
        error={error}
      />
    );
  }
  const selected = typeof value === 'number' ? String(value) : null;
  return (
    <Stack gap={6}>
      <Radio.Group
        label={item.text}
        description={`Statement ${number ?? ''} of ${total}`}
        value={selected}
        onChange={(chosen) => onAnswer(item.key, Number(chosen))}
        error={error}
      >
        <SimpleGrid cols={{ base: 1, sm: options.length }} spacing="xs" mt="xs">
          {options.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} />
          ))}
        </SimpleGrid>
      </Radio.Group>
      {canClear && selected !== null && (
        <Group>
          <Button
            variant="subtle"
            size="compact-xs"
            color="gray"
            aria-label={`Clear the answer to statement ${number ?? ''}`}
            onClick={() => onAnswer(item.key, null)}
          >
            Clear answer
          </Button>
        </Group>
      )}
    </Stack>
  );
});

import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

/** A heading over its content, stacked: the inside of a card or of a form section. */
export const Titled = ({ title, tag, children }: { title: string; tag: 'h2' | 'h3'; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={4}>
    <Typography variant="delta" tag={tag}>
      {title}
    </Typography>
    {children}
  </Flex>
);

/** One titled block of a plugin page (the consent page, the overview). */
export const Card = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Titled title={title} tag="h2">
      {children}
    </Titled>
  </Box>
);

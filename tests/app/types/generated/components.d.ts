import type { Schema, Struct } from '@strapi/strapi';

export interface SharedHighlight extends Struct.ComponentSchema {
  collectionName: 'components_shared_highlights';
  info: {
    displayName: 'Highlight';
    icon: 'star';
  };
  attributes: {
    label: Schema.Attribute.String;
    text: Schema.Attribute.Text;
  };
}

export interface SharedQuoteBlock extends Struct.ComponentSchema {
  collectionName: 'components_shared_quote_blocks';
  info: {
    displayName: 'Quote block';
    icon: 'quote';
  };
  attributes: {
    attribution: Schema.Attribute.String;
    details: Schema.Attribute.Component<'shared.highlight', true>;
    quote: Schema.Attribute.Text;
  };
}

export interface SharedReference extends Struct.ComponentSchema {
  collectionName: 'components_shared_references';
  info: {
    displayName: 'Reference';
    icon: 'book';
  };
  attributes: {
    citation: Schema.Attribute.String;
    doi: Schema.Attribute.String;
    pmid: Schema.Attribute.String;
    url: Schema.Attribute.String;
  };
}

export interface SharedRichSection extends Struct.ComponentSchema {
  collectionName: 'components_shared_rich_sections';
  info: {
    displayName: 'Rich section';
    icon: 'layer';
  };
  attributes: {
    content: Schema.Attribute.Blocks;
    heading: Schema.Attribute.String;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'shared.highlight': SharedHighlight;
      'shared.quote-block': SharedQuoteBlock;
      'shared.reference': SharedReference;
      'shared.rich-section': SharedRichSection;
    }
  }
}

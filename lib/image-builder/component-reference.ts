// What build content needs to know of a component (its id and type), apart from ImageComponent,
// which itself takes build content: so neither file imports the other.
import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * Whether a component builds or tests an image (`component_type`).
 */
export enum ComponentType {
  /** Runs in a build template (a pipeline's build content). */
  BUILD = 'Build',
  /**
   * Runs in a test template. The Terraform provider cannot set a pipeline's test content, so build
   * content that references a Test component is rejected.
   */
  TEST = 'Test',
}

/**
 * An Image Builder component, created by this app or imported. Build content calls it with
 * `BuildContent.addComponent()`.
 */
export interface IImageComponent extends IConstruct {
  /**
   * The component id (`ic-...`), or a token resolved at deploy time.
   */
  readonly imageComponentId: string;

  /**
   * Whether it is a Build or a Test component, when known.
   */
  readonly componentType?: ComponentType;

  /**
   * The names of its YAML parameters that have no `DefaultValue`, when known: every COMPONENT call
   * must pass them.
   */
  readonly requiredParameters?: string[];

  /**
   * The provider of the component's region, when known: pipelines in another region cannot call it.
   */
  readonly provider?: TerraformProvider;
}

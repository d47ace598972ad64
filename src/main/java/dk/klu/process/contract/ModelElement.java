package dk.klu.process.contract;

/**
 * A flow node of a contract's model, named by its BPMN id: the enum constant is the id, so a
 * renamed element breaks the compile, and the contract tests check the list against the model.
 */
public interface ModelElement {

  String name();

  default String id() {
    return name();
  }
}

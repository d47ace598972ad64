package dk.klu.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model and form from {@code bpmn/} and {@code forms/} as one deployment.
 *
 * <p>The starter's auto-deployment is switched off (see docs/adr/0001): its default pattern misses
 * {@code .form} files, and the resource names it derives differ between an exploded run and the fat
 * jar, so an unchanged model would become a new version. Here every resource is named by its folder
 * and file name ({@code bpmn/klu-meeting.bpmn}) wherever it is loaded from, and the whole set is
 * deployed again only when one file changed, so a form bound with {@code
 * formRefBinding="deployment"} is always in the same deployment as its process.
 */
@Component
public class ModelDeployer implements SmartInitializingSingleton {

  public static final String DEPLOYMENT_NAME = "klu";
  static final String[] PATTERNS = {
    "classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn", "classpath*:forms/*.form"
  };
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final PathMatchingResourcePatternResolver resolver =
      new PathMatchingResourcePatternResolver();

  public ModelDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @Override
  public void afterSingletonsInstantiated() {
    deploy();
  }

  /** Deploys the resources; returns the deployment, or the previous one if nothing changed. */
  public Deployment deploy() {
    List<NamedResource> resources = resources();
    if (resources.isEmpty()) {
      LOG.warn("No models or forms found under bpmn/ and forms/: nothing deployed");
      return null;
    }
    DeploymentBuilder builder =
        repositoryService
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(DEPLOYMENT_NAME)
            .enableDuplicateFiltering(false);
    for (NamedResource resource : resources) {
      try (InputStream in = resource.resource().getInputStream()) {
        builder.addInputStream(resource.name(), in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + resource.name(), e);
      }
    }
    Deployment deployment = builder.deployWithResult();
    LOG.info(
        "Deployment '{}' ({}) with {} resources: {}",
        DEPLOYMENT_NAME,
        deployment.getId(),
        resources.size(),
        resources.stream().map(NamedResource::name).toList());
    return deployment;
  }

  List<NamedResource> resources() {
    List<NamedResource> found = new ArrayList<>();
    for (String pattern : PATTERNS) {
      String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/'));
      try {
        for (Resource resource : resolver.getResources(pattern)) {
          found.add(new NamedResource(folder + "/" + resource.getFilename(), resource));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + pattern, e);
      }
    }
    found.sort(Comparator.comparing(NamedResource::name));
    return found;
  }

  record NamedResource(String name, Resource resource) {}
}

package dk.klu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The KLU process application: Camunda 7 with the committee's processes, forms and data. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KluApplication {

  public static void main(String[] args) {
    SpringApplication.run(KluApplication.class, args);
  }
}

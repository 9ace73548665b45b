package dev.botwright.codegen;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** Temporary: prints the merged model's statistics. */
final class Analyze {
  public static void main(String[] args) throws Exception {
    Schemas schemas = new Schemas(new ObjectMapper().readTree(new File(args[0])), "x");
    WebhookModel model = WebhookModel.build(schemas, WebhookNaming.NAMING);
    var b = model.builder;
    if (System.getenv("EXAMPLES") != null) {
      ExampleEvidence.apply(model, java.nio.file.Path.of(System.getenv("EXAMPLES")))
          .relaxed
          .forEach(r -> System.out.println("RELAXED " + r));
    }
    if (System.getenv("REST") != null) {
      RestModel rest =
          RestModel.add(
              b,
              new Schemas(new ObjectMapper().readTree(new File(System.getenv("REST"))), "r"),
              WebhookNaming.REST);
      b.finish();
      rest.answers.forEach((k, v) -> System.out.println("ANSWER " + k + " -> " + v));
    }
    System.out.println(
        "events "
            + model.events.size()
            + " records "
            + b.records.size()
            + " enums "
            + b.enums.size());
    int fields = 0;
    for (RecordSpec r : b.records.values()) {
      fields += r.fields.size();
    }
    System.out.println("fields " + fields);
    b.notes.forEach(n -> System.out.println("NOTE " + n));
    for (RecordSpec r : b.records.values()) {
      if (args.length > 1 && r.name.equals(args[1])) {
        for (FieldSpec f : r.sortedFields()) {
          List<String> opt = new ArrayList<>();
          for (int i = 0; i < r.places.size(); i++) {
            if (!f.certainAt.contains(i)) {
              opt.add(r.places.get(i));
            }
          }
          System.out.println(
              "  "
                  + f.jsonName
                  + " optional at "
                  + opt.size()
                  + "/"
                  + r.places.size()
                  + ": "
                  + opt.stream().limit(4).toList());
        }
      }
      if (r.name.contains("Event")) {
        continue;
      }
      StringBuilder req = new StringBuilder();
      for (FieldSpec f : r.sortedFields()) {
        if (r.required(f)) {
          req.append(f.jsonName).append(' ');
        }
      }
      System.out.println(
          "REC "
              + r.name
              + " occ="
              + r.occurrences
              + " fields="
              + r.fields.size()
              + " titles="
              + r.titles
              + " required=["
              + req
              + "]");
    }
  }
}

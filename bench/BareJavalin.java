// The floor for bench/squad-morning.sh: a Javalin server with one route that answers a constant,
// on the same Javalin, Jetty and JVM as Restwise, measured in the same run. Prints
// "bare Javalin is running at http://127.0.0.1:PORT/" once it listens.
//   java -cp restwise-app/target/restwise.jar bench/BareJavalin.java

import io.javalin.Javalin;

public class BareJavalin {
    public static void main(String[] args) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", ctx -> ctx.contentType("application/json").result("{\"ok\":true}"));
        }).start("127.0.0.1", 0);
        System.out.println("bare Javalin is running at http://127.0.0.1:" + app.port() + "/");
    }
}

package com.neckkiosk.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * install/install.sh run for real into a temporary root (--root), with the packaged jar:
 * the tree, owners and modes it makes, the kiosk user it adds to the root's own
 * /etc/passwd, the units systemd itself enables and checks (systemd-analyze verify),
 * settings kept on upgrade, --dry-run changing nothing, and --uninstall / --purge.
 */
class InstallerIT {

    private static final Path SCRIPT = Path.of("install/install.sh").toAbsolutePath();
    private static final Path BUILD = Path.of(System.getProperty("kiosk.jar", "target/neck-kiosk.jar"))
            .toAbsolutePath().getParent();

    @TempDir
    Path root;

    /** What a freshly installed Debian has in /etc for useradd to work on. */
    @BeforeEach
    void aMinimalSystem() throws IOException {
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/bash\n");
        Files.writeString(root.resolve("etc/group"), "root:x:0:\nalice:x:1000:\n");
        Files.writeString(root.resolve("etc/shadow"), "root:*:19000:0:99999:7:::\nalice:*:19000:0:99999:7:::\n");
        Files.writeString(root.resolve("etc/gshadow"), "root:*::\nalice:!::\n");
    }

    @Test
    void installsTheKioskIntoARootAndAgainAsAnUpgradeKeepingTheClinicsSettings() throws Exception {
        Result first = install("--root", root.toString());
        assertThat(first.exit).as(first.output).isZero();
        assertThat(first.output).contains("[install] check the settings: java -jar", "kiosk.properties: OK",
                "skipped: packages cups cups-bsd espeak-ng fonts-dejavu-core logrotate xserver-xorg xinit x11-xserver-utils");

        String kiosk = line(root.resolve("etc/passwd"), "kiosk:");
        assertThat(kiosk).endsWith(":neck kiosk:/var/lib/neck-kiosk:/usr/sbin/nologin");
        String uid = kiosk.split(":")[2];
        assertThat(Integer.parseInt(uid)).as("a system user").isLessThan(1000);

        assertThat(mode("opt/neck-kiosk/neck-kiosk.jar")).isEqualTo("rw-r--r-- 0");
        assertThat(mode("opt/neck-kiosk/bin/neck-kiosk")).isEqualTo("rwxr-xr-x 0");
        assertThat(mode("opt/neck-kiosk/bin/kiosk-session")).isEqualTo("rwxr-xr-x 0");
        assertThat(names(root.resolve("opt/neck-kiosk/lib"))).isEqualTo(names(BUILD.resolve("lib")));
        assertThat(mode("etc/neck-kiosk")).isEqualTo("rwxr-x--- 0");
        assertThat(mode("etc/neck-kiosk/kiosk.properties")).isEqualTo("rw-r----- 0");
        assertThat(mode("var/lib/neck-kiosk")).as("owner-only data").isEqualTo("rwx------ " + uid);
        assertThat(mode("var/log/neck-kiosk")).isEqualTo("rwxr-x--- " + uid);
        assertThat(mode("var/cache/neck-kiosk")).as("kiosk-session writes the AppCDS archive").isEqualTo("rwxr-xr-x " + uid);
        assertThat(Files.readString(root.resolve("etc/neck-kiosk/kiosk.properties")))
                .contains("\ndata.dir = /var/lib/neck-kiosk\n");
        assertThat(Files.readSymbolicLink(root.resolve("etc/systemd/system/multi-user.target.wants/neck-kiosk.service")))
                .isEqualTo(Path.of("/etc/systemd/system/neck-kiosk.service"));
        assertThat(root.resolve("etc/logrotate.d/neck-kiosk")).exists();

        // the installed wrapper runs the installed program
        Result check = run(List.of(root.resolve("opt/neck-kiosk/bin/neck-kiosk").toString(), "check-config", "--config",
                root.resolve("etc/neck-kiosk").toString()));
        assertThat(check.exit).as(check.output).isZero();

        Path settings = root.resolve("etc/neck-kiosk/kiosk.properties");
        Files.writeString(settings, Files.readString(settings).replace("clinic.name = Clinic", "clinic.name = Clínica Sol"));
        Map<String, String> before = tree();

        Result again = install("--root", root.toString());
        assertThat(again.exit).as(again.output).isZero();
        assertThat(Files.readString(settings)).contains("clinic.name = Clínica Sol");
        assertThat(again.output).contains("[install] kept /etc/neck-kiosk/kiosk.properties (the clinic's settings)",
                "[install] unchanged /opt/neck-kiosk/neck-kiosk.jar", "[install] unchanged user kiosk",
                "[install] unchanged /var/lib/neck-kiosk/");
        assertThat(again.output).doesNotContain("[install] write /opt", "[install] create");
        assertThat(Files.readString(root.resolve("etc/neck-kiosk/kiosk.properties.dist"))).contains("clinic.name = Clinic\n");
        Map<String, String> after = tree();
        after.remove("etc/neck-kiosk/kiosk.properties.dist");
        after.remove("etc/neck-kiosk");
        before.remove("etc/neck-kiosk");
        assertThat(after).as("a second run changes nothing else").isEqualTo(before);
        assertThat(Files.readAllLines(root.resolve("etc/passwd"))).filteredOn(l -> l.startsWith("kiosk:")).hasSize(1);
    }

    @Test
    void aDryRunPrintsEveryStepAndChangesNothing() throws Exception {
        Map<String, String> before = tree();
        Result dry = install("--root", root.toString(), "--dry-run");
        assertThat(dry.exit).as(dry.output).isZero();
        assertThat(tree()).isEqualTo(before);
        assertThat(dry.output).contains(
                "would create the system user kiosk: useradd --system",
                "would write /opt/neck-kiosk/neck-kiosk.jar (mode 0644)",
                "would copy the libraries",
                "would write /etc/neck-kiosk/kiosk.properties (mode 0640)",
                "would create /var/lib/neck-kiosk/ (mode 0700)",
                "would create /var/log/neck-kiosk/ (mode 0750)",
                "would write /etc/logrotate.d/neck-kiosk",
                "would write /etc/systemd/system/neck-kiosk.service",
                "would systemctl in " + root + ": systemctl --root=" + root + " enable neck-kiosk.service",
                "would check /etc/neck-kiosk/kiosk.properties");
    }

    @Test
    void uninstallKeepsSettingsAndDataAndPurgeRemovesEverything() throws Exception {
        assertThat(install("--root", root.toString()).exit).isZero();
        Files.writeString(root.resolve("var/lib/neck-kiosk/kiosk.mv.db"), "visits");

        Result removed = install("--root", root.toString(), "--uninstall");
        assertThat(removed.exit).as(removed.output).isZero();
        assertThat(root.resolve("opt/neck-kiosk")).doesNotExist();
        assertThat(root.resolve("etc/systemd/system/neck-kiosk.service")).doesNotExist();
        assertThat(root.resolve("etc/systemd/system/multi-user.target.wants/neck-kiosk.service")).doesNotExist();
        assertThat(root.resolve("etc/logrotate.d/neck-kiosk")).doesNotExist();
        assertThat(root.resolve("var/lib/neck-kiosk/kiosk.mv.db")).hasContent("visits");
        assertThat(root.resolve("etc/neck-kiosk/kiosk.properties")).exists();
        assertThat(Files.readString(root.resolve("etc/passwd"))).contains("\nkiosk:");

        Result purged = install("--root", root.toString(), "--uninstall", "--purge");
        assertThat(purged.exit).as(purged.output).isZero();
        assertThat(root.resolve("var/lib/neck-kiosk")).doesNotExist();
        assertThat(root.resolve("etc/neck-kiosk")).doesNotExist();
        assertThat(root.resolve("var/log/neck-kiosk")).doesNotExist();
        assertThat(Files.readString(root.resolve("etc/passwd"))).doesNotContain("kiosk:");
    }

    @Test
    void theFrontDeskGetsTheStaffConsoleInTheDesktopSession() throws Exception {
        Result desk = install("--root", root.toString(), "--front-desk", "--staff-user", "alice");
        assertThat(desk.exit).as(desk.output).isZero();
        assertThat(desk.output).contains("skipped: packages cups cups-bsd espeak-ng fonts-dejavu-core logrotate and")
                .doesNotContain("xserver-xorg");
        assertThat(root.resolve("etc/systemd/system/neck-kiosk.service")).doesNotExist();
        assertThat(Files.readSymbolicLink(root.resolve("etc/systemd/user/graphical-session.target.wants/neck-kiosk-staff.service")))
                .isEqualTo(Path.of("/etc/systemd/user/neck-kiosk-staff.service"));
        assertThat(line(root.resolve("etc/group"), "kiosk:")).endsWith(":alice");
    }

    @Test
    void theUnitsPassSystemdsOwnCheck() throws Exception {
        assertThat(install("--root", root.toString()).exit).isZero();
        assertThat(install("--root", root.toString(), "--front-desk").exit).isZero();
        Path kiosk = root.resolve("etc/systemd/system/neck-kiosk.service");
        Path staff = root.resolve("etc/systemd/user/neck-kiosk-staff.service");
        String unit = Files.readString(kiosk);
        assertThat(unit).contains("\nUser=kiosk\n", "\nRestart=always\n", "\nPAMName=login\n", "\nTTYPath=/dev/tty7\n",
                "ExecStart=/usr/bin/xinit /opt/neck-kiosk/bin/kiosk-session -- /usr/bin/Xorg :0 vt7",
                " -s 0 -dpms ", "StandardOutput=append:/var/log/neck-kiosk/kiosk.log", "\nWantedBy=multi-user.target\n");
        assertThat(Files.readString(root.resolve("opt/neck-kiosk/bin/kiosk-session")))
                .contains("xset s off\n", "xset s noblank\n", "xset -dpms\n",
                        "JAVA_TOOL_OPTIONS=\"-XX:ArchiveClassesAtExit=$cds\"",
                        "exec /opt/neck-kiosk/bin/neck-kiosk kiosk --config /etc/neck-kiosk\n");
        assertThat(Files.readString(staff)).contains("ExecStart=/opt/neck-kiosk/bin/neck-kiosk staff --config /etc/neck-kiosk",
                "Restart=on-failure", "WantedBy=graphical-session.target");
        assertThat(Files.readString(root.resolve("etc/logrotate.d/neck-kiosk")))
                .contains("/var/log/neck-kiosk/*.log {", "daily", "rotate 14", "copytruncate", "su kiosk kiosk");

        if (!new File("/usr/bin/systemd-analyze").canExecute()) {
            return;   // the structural checks above stand alone
        }
        // systemd checks that programs exist, on this machine: point the units at the installed tree
        Path checked = Files.createDirectories(root.resolve("checked"));
        Path xinit = stub("usr/bin/xinit");
        for (Path file : List.of(kiosk, staff)) {
            String text = Files.readString(file).replace("/opt/neck-kiosk/", root + "/opt/neck-kiosk/")
                    .replace("/usr/bin/xinit ", xinit + " ");
            Files.writeString(checked.resolve(file.getFileName()), text);
        }
        Result system = run(List.of("systemd-analyze", "verify", "--man=no", checked.resolve("neck-kiosk.service").toString()));
        assertThat(system.output).as("systemd-analyze on neck-kiosk.service").isEmpty();
        assertThat(system.exit).isZero();
        Result user = run(List.of("systemd-analyze", "verify", "--man=no",
                checked.resolve("neck-kiosk-staff.service").toString()));
        assertThat(user.output).as("systemd-analyze on neck-kiosk-staff.service").isEmpty();
        assertThat(user.exit).isZero();
    }

    /** An app image stand-in (its launcher echoes): installed, its build-path archive dropped, run by the wrapper. */
    @Test
    void anAppImageIsInstalledInsteadOfTheJarAndRunByTheWrapper() throws Exception {
        Path image = root.resolve("build/neck-kiosk");
        Path launcher = Files.createDirectories(image.resolve("bin")).resolve("neck-kiosk");
        Files.writeString(launcher, "#!/bin/sh\necho \"app image: $*\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(image.resolve("lib/app/neck-kiosk.cfg"), "[JavaOptions]\n"
                + "java-options=-XX:SharedArchiveFile=$APPDIR/neck-kiosk.jsa\njava-options=-Xshare:auto\n"
                + "java-options=-Djpackage.app-version=1.0\n");
        Files.writeString(image.resolve("lib/app/neck-kiosk.jsa"), "archive of the build's paths");
        assertThat(install("--root", root.toString()).exit).isZero();

        Result installed = install("--root", root.toString(), "--app-image", image.toString(), "--no-packages");
        assertThat(installed.exit).as(installed.output).isZero();
        assertThat(root.resolve("opt/neck-kiosk/app-image/lib/app/neck-kiosk.jsa")).doesNotExist();
        assertThat(root.resolve("opt/neck-kiosk/app-image/lib/app/neck-kiosk.cfg"))
                .hasContent("[JavaOptions]\njava-options=-Djpackage.app-version=1.0");
        Result run = run(List.of(root.resolve("opt/neck-kiosk/bin/neck-kiosk").toString(), "self-test"));
        assertThat(run.output).isEqualTo("app image: self-test\n");
    }

    @Test
    void badOptionsAreRefusedNamingThem() throws Exception {
        Result unknown = install("--root", root.toString(), "--kiosk-id", "K2");
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.output).isEqualTo("install.sh: unknown option '--kiosk-id' (see --help)\n");
        Result purge = install("--purge");
        assertThat(purge.exit).isEqualTo(2);
        assertThat(purge.output).isEqualTo("install.sh: --purge goes with --uninstall\n");
        Result noBuild = install("--root", root.toString(), "--from", root.resolve("nothing").toString());
        assertThat(noBuild.exit).isEqualTo(2);
        assertThat(noBuild.output).contains(root.resolve("nothing") + " has no neck-kiosk.jar and lib/");
        Result noImage = install("--root", root.toString(), "--app-image", root.resolve("nothing").toString());
        assertThat(noImage.output).contains("--app-image " + root.resolve("nothing") + ": no bin/neck-kiosk in it");
    }

    private Path stub(String name) throws IOException {
        Path file = root.resolve("stubs").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private record Result(int exit, String output) {
    }

    private Result install(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), "--from", BUILD.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private static Result run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private String mode(String path) throws IOException {
        Path file = root.resolve(path);
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file)) + " " + Files.getAttribute(file, "unix:uid");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static String line(Path file, String prefix) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("(none)");
    }

    /** Every path under the root with its mode, owner, size and time: what a run changed. */
    private Map<String, String> tree() throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.toList()) {
                PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                tree.put(root.relativize(file).toString(), PosixFilePermissions.toString(attributes.permissions())
                        + " " + attributes.owner().getName() + " " + attributes.size() + " " + attributes.lastModifiedTime());
            }
        }
        return tree;
    }
}

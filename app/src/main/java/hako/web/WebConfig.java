package hako.web;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import hako.settings.HakoSettings;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Wires the shop database, the settings and the language switch. */
@Configuration
class WebConfig implements WebMvcConfigurer {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(WebOptions options) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setDataSource(new ShopDataSource(options.db()));
        config.setPoolName("shop");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(2);
        return new HikariDataSource(config);
    }

    /**
     * Off: Spring Boot turns it on because of the WebJars locator, and it then looks up every link of
     * every page ({@code /customers?…} too) in the jar as a possible static file — a third of the
     * board's time. The version-free WebJar URLs the pages use are resolved when requested, without it.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }

    @Bean
    HakoSettings settings(WebOptions options) {
        return options.settings();
    }

    /** Japanese unless the person chose otherwise (?lang=en), remembered in a cookie. */
    @Bean
    LocaleResolver localeResolver(HakoSettings settings) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("hako-lang");
        resolver.setDefaultLocale(settings.language());
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
    }

    static boolean isJapanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }
}

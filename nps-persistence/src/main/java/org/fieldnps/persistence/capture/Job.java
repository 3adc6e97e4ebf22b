package org.fieldnps.persistence.capture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.fieldnps.persistence.customer.Customer;
import org.fieldnps.persistence.customer.Site;
import org.fieldnps.persistence.organisation.Engineer;
import org.fieldnps.persistence.organisation.ServiceType;

/** A completed visit, identified by the field-service system's own job id. */
@Entity
public class Job {

    @Id
    @SequenceGenerator(name = "job_seq", sequenceName = "job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_seq")
    private Long id;

    @Column(name = "fsm_job_id", nullable = false, unique = true, length = 60)
    private String fsmJobId;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "engineer_id")
    private Engineer engineer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_type_id")
    private ServiceType serviceType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private Site site;

    protected Job() {
    }

    public Job(String fsmJobId, Instant completedAt, Engineer engineer, ServiceType serviceType,
            Customer customer, Site site) {
        this.fsmJobId = fsmJobId;
        this.completedAt = completedAt;
        this.engineer = engineer;
        this.serviceType = serviceType;
        this.customer = customer;
        this.site = site;
    }

    public Long getId() {
        return id;
    }

    public String getFsmJobId() {
        return fsmJobId;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Engineer getEngineer() {
        return engineer;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Site getSite() {
        return site;
    }
}
